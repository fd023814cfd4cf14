// Exporting the facilitator guide: reproducible bytes, paper sizes, templates, broken inputs.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;
using trainkit::test::RunTrainkit;

namespace {

struct Workspace {
  Workspace() {
    dir.CopyFromSource("tests/data/minimal", "minimal");
    dir.CopyFromSource("templates", "templates");
  }
  trainkit::test::ProcessResult Guide(const std::vector<std::string>& extra, const std::string& output,
                                      const std::map<std::string, std::string>& environment = {}) const {
    std::vector<std::string> arguments = {"export", "minimal", "--country", "UA", "--audience", "police",
                                          "--format", "guide-pdf", "-o", output};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return RunTrainkit(arguments, dir.path(), environment);
  }
  trainkit::test::TempDir dir;
};

}  // namespace

TEST_CASE("the same inputs give the same guide byte for byte, and SOURCE_DATE_EPOCH sets its dates") {
  Workspace ws;
  REQUIRE(ws.Guide({}, "a.pdf").exit_code == 0);
  REQUIRE(ws.Guide({}, "b.pdf").exit_code == 0);
  std::string a = ReadFile(ws.dir.path() / "a.pdf");
  CHECK(a.rfind("%PDF-1.7", 0) == 0);
  CHECK(a == ReadFile(ws.dir.path() / "b.pdf"));
  CHECK(a.find("/CreationDate(D:20261128000000Z)") != std::string::npos);
  REQUIRE(ws.Guide({}, "c.pdf", {{"SOURCE_DATE_EPOCH", "1800000000"}}).exit_code == 0);
  std::string c = ReadFile(ws.dir.path() / "c.pdf");
  CHECK(c != a);
  CHECK(c.find("/CreationDate(D:20270115000000Z)") != std::string::npos);
}

TEST_CASE("the letter paper size gives US Letter pages") {
  Workspace ws;
  REQUIRE(ws.Guide({"--paper", "letter"}, "letter.pdf").exit_code == 0);
  CHECK(ReadFile(ws.dir.path() / "letter.pdf").find("/MediaBox[ 0 0 612 792]") != std::string::npos);
  CHECK(ws.Guide({"--paper", "a5"}, "x.pdf").exit_code == 2);
}

TEST_CASE("a template folder with a broken style or a missing font is an error, and nothing is written") {
  Workspace ws;
  SECTION("a style that is not JSON") {
    std::ofstream(ws.dir.path() / "templates/pdf/style.json") << "{ broken";
    auto result = ws.Guide({"--template", "templates"}, "x.pdf");
    CHECK(result.exit_code == 4);
    CHECK(result.err == "trainkit: templates/pdf/style.json: not a JSON object\n");
  }
  SECTION("a font that does not exist") {
    std::ofstream(ws.dir.path() / "templates/pdf/style.json")
        << R"({"fonts": ["NoSuchFont.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"]})";
    auto result = ws.Guide({"--template", "templates"}, "x.pdf");
    CHECK(result.exit_code == 4);
    CHECK(result.err == "trainkit: template: font 'NoSuchFont.ttf' not found in templates/fonts or "
                        "/usr/share/fonts/truetype/dejavu; put the file into templates/fonts/\n");
  }
  SECTION("a DejaVu face whose Debian package is not installed, as on a bare machine") {
    // A system font folder with what fonts-dejavu-core has, and not fonts-dejavu-extra.
    fs::path system = ws.dir.path() / "core-fonts";
    fs::create_directories(system);
    for (const char* font : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
      fs::copy_file(fs::path("/usr/share/fonts/truetype/dejavu") / font, system / font);
    }
    auto result = ws.Guide({}, "x.pdf", {{"TRAINKIT_SYSTEM_FONTS", system.string()}});
    CHECK(result.exit_code == 4);
    CHECK(result.err == "trainkit: template: font 'DejaVuSans-Oblique.ttf' not found in " +
                            (fs::path(TRAINKIT_TEMPLATES_DIR) / "fonts").string() + " or " + system.string() +
                            "; install Debian's fonts-dejavu-extra (apt-get install fonts-dejavu-extra), or put the "
                            "file into " + (fs::path(TRAINKIT_TEMPLATES_DIR) / "fonts").string() + "/\n");
  }
  SECTION("a font file that is not a font") {
    fs::create_directories(ws.dir.path() / "templates/fonts");
    std::ofstream(ws.dir.path() / "templates/fonts/Broken.ttf") << "not a font";
    std::ofstream(ws.dir.path() / "templates/pdf/style.json")
        << R"({"fonts": ["Broken.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"]})";
    auto result = ws.Guide({"--template", "templates"}, "x.pdf");
    CHECK(result.exit_code == 4);
    CHECK(result.err.rfind("trainkit: cannot load font ", 0) == 0);
  }
  SECTION("a template folder without strings") {
    fs::remove_all(ws.dir.path() / "templates/strings");
    auto result = ws.Guide({"--template", "templates"}, "x.pdf");
    CHECK(result.exit_code == 4);
    CHECK(result.err.find("template: cannot read") != std::string::npos);
  }
  CHECK_FALSE(fs::exists(ws.dir.path() / "x.pdf"));
}

TEST_CASE("a very long word or URL is broken to fit the line, never run off the page") {
  Workspace ws;
  std::string curriculum = ReadFile(ws.dir.path() / "minimal/curriculum.xml");
  std::string long_word = "<p>" + std::string(300, 'W') + " https://example.org/" + std::string(200, 'x') + "</p>";
  curriculum.replace(curriculum.find("<p>Trafficking has"), 0, long_word);
  std::ofstream(ws.dir.path() / "minimal/curriculum.xml") << curriculum;
  auto result = RunTrainkit({"export", "minimal", "--audience", "police", "--format", "guide-layout", "-o", "-"}, ws.dir.path());
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("\"" + std::string(300, 'W') + "\"") == std::string::npos);  // not on one line
  CHECK(result.out.find("WWWWWWWWWW") != std::string::npos);
}

TEST_CASE("a brand font without trainkit's own symbols makes a guide: boxes and pencils are drawn, not typed") {
  Workspace ws;
  // DejaVu Serif has no ☐ or ✎, which the guide once typed for materials, checks and prompts.
  std::ofstream(ws.dir.path() / "templates/pdf/style.json")
      << R"({"fonts": ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"]})";
  auto result = ws.Guide({"--template", "templates"}, "serif.pdf");
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(ReadFile(ws.dir.path() / "serif.pdf").find("DejaVuSerif") != std::string::npos);
}

TEST_CASE("text the template's fonts cannot show is the template's problem: exit 4, nothing written") {
  Workspace ws;
  std::string curriculum = ReadFile(ws.dir.path() / "minimal/curriculum.xml");
  curriculum.replace(curriculum.find("<p>Trafficking has"), 0, "<p>三要素</p>");
  std::ofstream(ws.dir.path() / "minimal/curriculum.xml") << curriculum;
  auto result = RunTrainkit({"export", "minimal", "--audience", "police", "--format", "guide-pdf", "-o", "x.pdf"},
                            ws.dir.path());
  CHECK(result.exit_code == 4);
  CHECK(result.err.find("error[E180]") != std::string::npos);
  CHECK_FALSE(fs::exists(ws.dir.path() / "x.pdf"));
}

TEST_CASE("after the cover, 'About this training' says what the program is and the goals it teaches") {
  Workspace ws;
  std::string curriculum = ReadFile(ws.dir.path() / "minimal/curriculum.xml");
  // A goal whose objective no module of the program teaches: not this program's to list.
  curriculum.replace(curriculum.find("  </goals>"), 0,
                     "    <goal id=\"g-later\">Participants plan a campaign.</goal>\n");
  curriculum.replace(curriculum.find("  </objectives>"), 0,
                     "    <objective id=\"o-later\" type=\"behavioural\" goal=\"g-later\">Draft a campaign plan."
                     "</objective>\n");
  std::ofstream(ws.dir.path() / "minimal/curriculum.xml") << curriculum;
  auto result = RunTrainkit({"export", "minimal", "--audience", "police", "--format", "guide-layout", "-o", "-"},
                            ws.dir.path());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  std::string page2 = result.out.substr(result.out.find("\npage 2\n"), result.out.find("\npage 3\n") - result.out.find("\npage 2\n"));
  for (const char* expected : {"\"About this training\"", "\"The smallest curriculum that uses every part of the format once.\"",
                               "\"Audience:\"", "\"Police and border guards\"", "\"Track:\"", "\"Duration:\"",
                               "\"60 minutes (10:00–11:00)\"", "\"Participants recognise trafficking when they meet it.\"",
                               "\"Name the act, means and purpose elements.\""}) {
    CHECK(page2.find(expected) != std::string::npos);
  }
  CHECK(result.out.find("Participants plan a campaign.") == std::string::npos);
  CHECK(result.out.find("Draft a campaign plan.") == std::string::npos);
  CHECK(std::regex_search(result.out, std::regex("\noutline 1 page 2 y [0-9.]+ \"About this training\"\n")));
}
