// Nothing the guide draws leaves its place, in any shipped program, on A4 or Letter: body
// text, rules, boxes and images stay inside the margins; the running header and the footer
// stay in the top and bottom margins, between the left and right ones. Read from the
// guide-layout dump, which lists every item with its position and measured width.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>

#include "trainkit/writer_context.h"
#include "../../support/shipped_programs.h"

using namespace trainkit;
namespace fs = std::filesystem;

namespace {

std::string GuideLayout(const resolve::ResolvedProgram& program, const std::string& paper) {
  const writers::Writer* writer = writers::FindWriter("guide-layout");
  REQUIRE(writer);
  writers::WriterContext context;
  fs::path source(TRAINKIT_SOURCE_DIR);
  REQUIRE(MakeWriterContext(*writer, program, source / "templates", source / "curricula" / program.curriculum_id,
                                 paper, context)
              .ok());
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

}  // namespace

TEST_CASE("every shipped guide, on A4 and on Letter, draws nothing outside its margins") {
  int checked = 0;
  for (const auto& program : test::ShippedPrograms()) {
    for (const std::string paper : {"a4", "letter"}) {
      INFO(program.curriculum_id << " " << (program.country.empty() ? "intl" : program.country) << " "
                                 << program.audience << " " << program.track << " " << paper);
      std::string layout = GuideLayout(program, paper);
      REQUIRE(layout.rfind("pages ", 0) == 0);
      CHECK(layout.find("\n  header ") != std::string::npos);
      CHECK(layout.find("\n  footer ") != std::string::npos);
      CHECK(Misplaced(layout) == "");
      ++checked;
    }
  }
  CHECK(checked >= 180);
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
