// How an NGO prints the PDFs: --modules (part of the day), --booklet (A5 pages imposed on A4
// for folding), --grayscale; and what the other formats say when given them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>

#include "../support/run_process.h"
#include "../support/temp_dir.h"
#include "trainkit/writers/pdf/print_layout.h"

namespace fs = std::filesystem;
using trainkit::test::RunTrainkit;

namespace {

// The shipped curriculum's international version for the general public, as a layout dump.
trainkit::test::ProcessResult Layout(const std::string& format, std::vector<std::string> extra) {
  std::vector<std::string> arguments = {"export", "curricula/trafficking-in-women", "--audience", "general-public",
                                        "--format", format, "-o", "-"};
  arguments.insert(arguments.end(), extra.begin(), extra.end());
  return RunTrainkit(arguments, TRAINKIT_SOURCE_DIR);
}

std::vector<std::string> PartBookmarks(const std::string& layout) {
  std::vector<std::string> titles;
  static const std::regex outline(R"re(^outline 1 page \d+ y [\d.]+ "(.*)"$)re");
  std::istringstream lines(layout);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_match(line, m, outline)) titles.push_back(m[1]);
  }
  return titles;
}

}  // namespace

TEST_CASE("printing part of the day prints only the modules named (--modules), numbered as printed, in the program's order") {
  auto guide = Layout("guide-layout", {"--modules", "closing,definition"});
  INFO(guide.err);
  REQUIRE(guide.exit_code == 0);
  std::vector<std::string> parts = PartBookmarks(guide.out);
  CHECK(std::count_if(parts.begin(), parts.end(), [](const std::string& t) { return t.rfind("1. ", 0) == 0; }) == 1);
  CHECK(std::find(parts.begin(), parts.end(), "1. What is trafficking? The international definition") != parts.end());
  CHECK(std::find(parts.begin(), parts.end(), "2. Action planning, final quiz and close") != parts.end());
  CHECK(guide.out.find("Opening: welcome, expectations") == std::string::npos);

  auto handout = Layout("handout-layout", {"--modules", "definition"});
  REQUIRE(handout.exit_code == 0);
  parts = PartBookmarks(handout.out);
  CHECK(parts == std::vector<std::string>{"What is trafficking? The international definition", "Glossary"});
}

TEST_CASE("a module id the program lacks is refused with the ids it has") {
  auto result = Layout("guide-layout", {"--modules", "definition,definitions"});
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err ==
        "trainkit: --modules: this program has no module 'definitions'; its modules are: opening, pre-test, "
        "definition, case-analysis, causes-red-flags, personal-safety-plan, law-rights-referral, closing\n");
}

TEST_CASE("a booklet (--booklet) has its pages two to a landscape sheet in folding order") {
  auto plain = Layout("handout-layout", {"--paper", "letter"});
  auto booklet = Layout("handout-layout", {"--booklet", "--paper", "letter"});
  REQUIRE(booklet.exit_code == 0);
  CHECK(booklet.out.rfind("pages ", 0) == 0);
  std::smatch size;
  REQUIRE(std::regex_search(booklet.out, size, std::regex(R"(size ([\d.]+)x([\d.]+))")));
  CHECK(size[1] == "792.0");  // two half-letter pages side by side
  CHECK(size[2] == "612.0");
  // The imposed pages, side by side: a booklet of as many pages as its footers count.
  std::vector<std::array<int, 2>> sides;
  static const std::regex imposed(R"(^  imposed (\d+) (\d+)$)");
  std::istringstream lines(booklet.out);
  int pages = 0;
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_match(line, m, imposed)) {
      sides.push_back({std::stoi(m[1]), std::stoi(m[2])});
      pages = std::max({pages, sides.back()[0], sides.back()[1]});
    }
  }
  REQUIRE(pages > 4);
  CHECK(sides == trainkit::writers::pdf::BookletOrder(pages));
  CHECK(booklet.out.find(" of " + std::to_string(pages) + "\"") != std::string::npos);  // "Page 7 of N"
  CHECK(plain.out.find("imposed") == std::string::npos);
}

TEST_CASE("the print options are for the PDFs: other formats refuse them, and export names the file by them") {
  auto markdown = Layout("markdown", {"--booklet"});
  CHECK(markdown.exit_code == 2);
  CHECK(markdown.err.find("--booklet, --grayscale and --modules are for guide-pdf and handout-pdf") != std::string::npos);
  CHECK(Layout("handout-docx", {"--modules", "definition"}).exit_code == 2);

  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  auto result = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "guide-pdf",
                             "--booklet", "--grayscale", "--modules", "definition"},
                            dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(fs::exists(dir.path() / "exports/minimal/UA/police/minimal-UA-police-guide-pdf-booklet-grayscale-modules-definition.pdf"));
}
