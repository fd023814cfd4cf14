// The guide's pages, in every shipped program, on A4 and Letter, read from the guide-layout
// dump, which lists every item with its position and measured width, and every page break with
// what ends the page before it and what begins the page after.
// - Nothing leaves its place: body text, rules, boxes and images stay inside the margins; the
//   running header and the footer stay in the top and bottom margins, between the others.
// - The pages break as a typesetter would have them: no page ends with a heading, a label, a
//   caption or a table's header row; no paragraph leaves one line alone at the foot or head of
//   a page; a table row is split only when it is taller than a page.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <regex>
#include <sstream>

#include "trainkit/writer_context.h"
#include "../../support/shipped_programs.h"

using namespace trainkit;
namespace fs = std::filesystem;

namespace {

// `format`: guide-layout or handout-layout. The sample's phone numbers are not checked yet, so
// the handout's are printed as a user allowing that would have them.
std::string PageLayout(const resolve::ResolvedProgram& program, const std::string& format, const std::string& paper) {
  const writers::Writer* writer = writers::FindWriter(format);
  REQUIRE(writer);
  writers::WriterContext context;
  fs::path source(TRAINKIT_SOURCE_DIR);
  REQUIRE(MakeWriterContext(*writer, program, source / "templates", source / "curricula" / program.curriculum_id,
                                 paper, context)
              .ok());
  context.allow_unchecked_facts = true;
  std::string layout;
  Diagnostics diagnostics;
  REQUIRE(writers::WriteBytes(*writer, program, context, layout, diagnostics).ok());
  return layout;
}

struct Page {
  double width = 0, height = 0, top = 0, right = 0, bottom = 0, left = 0;
};

// The items of `layout` that leave their place, one line each; empty when there are none.
std::string Misplaced(const std::string& layout) {
  static const std::regex page(R"(^pages \d+ size ([\d.]+)x([\d.]+) margins ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)$)");
  static const std::regex text(R"(^  (text|header|footer) ([-\d.]+) ([-\d.]+) \S+ [\d.]+ width ([\d.]+) ".*)");
  static const std::regex rule(R"(^  (?:(header|footer) )?rule ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)$)");
  static const std::regex area(R"(^  (box|image) ([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+).*)");
  const double slack = 0.1;  // the dump rounds to tenths
  Page p;
  std::string misplaced, line;
  std::istringstream lines(layout);
  auto across = [&](double from, double to) { return from >= p.left - slack && to <= p.width - p.right + slack; };
  auto inside = [&](const std::string& region, double y) {
    if (region == "header") return y > p.height - p.top && y < p.height;
    if (region == "footer") return y > 0 && y < p.bottom;
    return y >= p.bottom - slack && y <= p.height - p.top + slack;
  };
  while (std::getline(lines, line)) {
    std::smatch m;
    bool ok = true;
    if (std::regex_match(line, m, page)) {
      p = {std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), std::stod(m[5]), std::stod(m[6])};
    } else if (std::regex_match(line, m, text)) {
      double x = std::stod(m[2]), y = std::stod(m[3]), width = std::stod(m[4]);
      ok = across(x, x + width) && inside(m[1], y);
    } else if (std::regex_match(line, m, rule)) {
      double x1 = std::stod(m[2]), y1 = std::stod(m[3]), x2 = std::stod(m[4]), y2 = std::stod(m[5]);
      ok = across(std::min(x1, x2), std::max(x1, x2)) && inside(m[1], std::min(y1, y2)) && inside(m[1], std::max(y1, y2));
    } else if (std::regex_match(line, m, area)) {
      double x = std::stod(m[2]), y = std::stod(m[3]), width = std::stod(m[4]), height = std::stod(m[5]);
      ok = across(x, x + width) && inside("text", y) && inside("text", y + height);
    }
    if (!ok) misplaced += line + "\n";
  }
  return misplaced;
}

// A piece of the dump's break lines: "heading", "lines 3-5 of 9", "nothing".
struct Piece {
  std::string kind;
  int from = 0, to = 0, of = 0;
};

Piece ParsePiece(const std::string& text) {
  static const std::regex lines(R"((\S+) (\d+)-(\d+) of (\d+))");
  std::smatch m;
  if (!std::regex_match(text, m, lines)) return {text};
  return {m[1], std::stoi(m[2]), std::stoi(m[3]), std::stoi(m[4])};
}

// The page breaks of `layout` a typesetter would refuse, each with why; empty when there are none.
std::string BadBreaks(const std::string& layout) {
  static const std::regex brk(R"(^  break (\S+) after (.+) before (.+)$)");
  std::string bad, line;
  std::istringstream lines(layout);
  int page = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("page ", 0) == 0) ++page;
    std::smatch m;
    if (!std::regex_match(line, m, brk)) continue;
    std::string why = m[1];
    Piece after = ParsePiece(m[2]), before = ParsePiece(m[3]);
    auto refuse = [&](const std::string& what) { bad += fmt::format("page {}: {} ({})\n", page, what, line); };
    if (after.kind == "heading" || after.kind == "kept-lines" || after.kind == "table-header") {
      refuse("a page ends with " + after.kind);
    }
    if (after.kind == "lines" && after.from == 1 && after.to == 1 && after.of > 1) refuse("one line alone at the foot");
    if (before.kind == "lines" && before.from > 1 && before.from == before.to && before.to == before.of) {
      refuse("one line alone at the head");
    }
    // (That a row is split only when it is taller than a page is the layout engine's own test.)
  }
  return bad;
}

}  // namespace

TEST_CASE("every shipped guide and handout PDF, on A4 and on Letter, draws nothing outside its margins and breaks as a typesetter would") {
  int checked = 0;
  for (const auto& program : test::ShippedPrograms()) {
    for (const auto& [format, paper] : {std::pair{"guide-layout", "a4"}, std::pair{"guide-layout", "letter"},
                                        std::pair{"handout-layout", "a4"}, std::pair{"handout-layout", "letter"}}) {
      INFO(program.curriculum_id << " " << (program.country.empty() ? "intl" : program.country) << " "
                                 << program.audience << " " << program.track << " " << format << " " << paper);
      std::string layout = PageLayout(program, format, paper);
      REQUIRE(layout.rfind("pages ", 0) == 0);
      CHECK(layout.find("\n  header ") != std::string::npos);
      CHECK(layout.find("\n  footer ") != std::string::npos);
      CHECK(Misplaced(layout) == "");
      CHECK(BadBreaks(layout) == "");
      ++checked;
    }
  }
  CHECK(checked >= 360);
}

TEST_CASE("the margin check finds text that runs off the page") {
  std::string layout =
      "pages 1 size 595.3x841.9 margins 64.0 56.0 60.0 56.0\n"
      "page 1\n"
      "  text 56.0 700.0 regular 10.0 width 400.0 \"fits\"\n"
      "  header 56.0 799.9 regular 8.0 width 600.0 \"a header that runs off the paper\"\n"
      "  rule 56.0 700.0 539.3 700.0\n"
      "  footer 500.0 32.0 regular 8.0 width 39.3 \"Page 1\"\n"
      "  box 56.0 20.0 100.0 10.0\n";
  CHECK(Misplaced(layout) ==
        "  header 56.0 799.9 regular 8.0 width 600.0 \"a header that runs off the paper\"\n"
        "  box 56.0 20.0 100.0 10.0\n");
}

TEST_CASE("the break check finds what a typesetter would refuse") {
  auto layout = [](const std::string& break_line) {
    return "pages 2 size 595.3x841.9 margins 64.0 56.0 60.0 56.0\npage 1\npage 2\n  break " + break_line + "\n";
  };
  CHECK(BadBreaks(layout("full after lines 1-30 of 34 before lines 31-34 of 34")) == "");
  CHECK(BadBreaks(layout("keep-with-next after lines 1-2 of 2 before heading")) == "");
  CHECK(BadBreaks(layout("full after heading before lines 1-3 of 3")) != "");
  CHECK(BadBreaks(layout("full after kept-lines 1-1 of 1 before table-header")) != "");
  CHECK(BadBreaks(layout("full after table-header before row 1-2 of 2")) != "");
  CHECK(BadBreaks(layout("full after lines 1-1 of 5 before lines 2-5 of 5")) != "");
  CHECK(BadBreaks(layout("full after lines 1-4 of 5 before lines 5-5 of 5")) != "");
}
