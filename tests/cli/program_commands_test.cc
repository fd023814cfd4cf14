// outline, export, diff and formats, run as a user runs them.
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;
using trainkit::test::RunTrainkit;

namespace {

// A working folder holding a copy of the minimal curriculum as ./minimal.
struct Workspace {
  Workspace() { dir.CopyFromSource("tests/data/minimal", "minimal"); }
  void Replace(const std::string& file, const std::string& from, const std::string& to) const {
    fs::path path = dir.path() / "minimal" / file;
    std::string text = ReadFile(path);
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), to);
    std::ofstream(path, std::ios::binary) << text;
  }
  trainkit::test::TempDir dir;
};

}  // namespace

TEST_CASE("outline shows the agenda, goal coverage, facts and warnings") {
  Workspace ws;
  auto result = RunTrainkit({"outline", "minimal", "--country", "UA", "--audience", "police"}, ws.dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.out.rfind("Мінімальна навчальна програма\nUA · Поліція та прикордонники · Коротке заняття · uk\n", 0) == 0);
  CHECK(result.out.find("10:00-10:45  1  Що таке торгівля людьми?") != std::string::npos);
  CHECK(result.out.find("10:45-11:00     Coffee") != std::string::npos);
  CHECK(result.out.find("Total, budget 60") != std::string::npos);
  CHECK(result.out.find("on budget") != std::string::npos);
  CHECK(result.out.find("g-recognise  x  no") != std::string::npos);
  CHECK(result.out.find("  hotline.national             116 123  checked 2026-11-20 (called the operator)\n") !=
        std::string::npos);
  CHECK(result.out.find("  law.trafficking              Стаття 149 Кримінального кодексу України  not yet checked (source "
                        "2026-11)  CHECK BEFORE PRINTING\n") != std::string::npos);
  CHECK(result.out.find("Translation into uk: 15 of 15 participant texts (100%)") != std::string::npos);
  CHECK(result.err.empty());
  // The PDFs' pages, as many as their layouts have.
  auto pages_of = [&](const char* format) {
    auto layout = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", format,
                               "--allow-unchecked-facts", "-o", "-"},
                              ws.dir.path());
    return std::stoi(layout.out.substr(6, layout.out.find(' ', 6) - 6));  // "pages N size …"
  };
  int guide = pages_of("guide-layout"), handout = pages_of("handout-layout");
  CHECK(guide > 1);
  CHECK(handout > 1);
  CHECK(result.out.find(fmt::format("Printed pages, in the template's paper: facilitator guide {}, participant handout {}\n",
                                    guide, handout)) != std::string::npos);
}

TEST_CASE("outline counts the printed pages on the paper and with the brand asked for") {
  Workspace ws;
  auto letter_pages = [&](const char* format) {
    auto layout = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", format,
                               "--paper", "letter", "--allow-unchecked-facts", "-o", "-"},
                              ws.dir.path());
    return std::stoi(layout.out.substr(6, layout.out.find(' ', 6) - 6));
  };
  auto result = RunTrainkit({"outline", "minimal", "--country", "UA", "--audience", "police", "--paper", "letter"},
                            ws.dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.out.find(fmt::format("Printed pages, in Letter: facilitator guide {}, participant handout {}\n",
                                    letter_pages("guide-layout"), letter_pages("handout-layout"))) != std::string::npos);
  std::ofstream(ws.dir.path() / "brand.json") << R"({"name": "NGO", "logo": "missing.png"})";
  result = RunTrainkit({"outline", "minimal", "--country", "UA", "--audience", "police", "--brand", "brand.json"},
                       ws.dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(result.err.find("brand.json:1:25: error[E193]: the logo 'missing.png' cannot be read") != std::string::npos);
}

TEST_CASE("outline --start moves the clock, and --json is for programs") {
  Workspace ws;
  ws.Replace("countries/UA.xml", "checked=\"2026-11-20\"", "checked=\"2024-01-10\"");
  auto result = RunTrainkit({"outline", "minimal", "--country", "UA", "--audience", "police", "--start", "08:15", "--json"},
                            ws.dir.path());
  CHECK(result.exit_code == 0);
  auto json = nlohmann::json::parse(result.out);
  CHECK(json["country"] == "UA");
  CHECK(json["start"] == "08:15");
  CHECK(json["end"] == "09:15");
  CHECK(json["agenda"][0] == nlohmann::json::parse(R"({"start":"08:15","end":"09:00","minutes":45,"kind":"module",
      "id":"definition","title":"Що таке торгівля людьми?","methods":["card-sort"],"objectives":["o-elements"]})"));
  CHECK(json["agenda"][1]["kind"] == "break");
  CHECK(json["goals"][0]["modules"] == nlohmann::json::array({"definition"}));
  CHECK(json["facts"][0]["key"] == "hotline.national");
  CHECK(json["facts"][0]["check"] == "check-outdated");
  CHECK(json["facts"][0]["checked"] == "2024-01-10");
  CHECK(json["diagnostics"][0]["code"] == "W134");
  CHECK(RunTrainkit({"outline", "minimal", "--audience", "police", "--start", "25:00"}, ws.dir.path()).exit_code == 2);
}

TEST_CASE("a program that does not exist is a usage error that names what does") {
  Workspace ws;
  auto country = RunTrainkit({"outline", "minimal", "--country", "UX", "--audience", "police"}, ws.dir.path());
  CHECK(country.exit_code == 2);
  CHECK(country.err == "trainkit: unknown country 'UX' (did you mean 'UA'?); leave out --country for the international "
                       "version; countries with an adaptation: UA\n");
  auto track = RunTrainkit({"export", "minimal", "--audience", "police", "--track", "long", "--format", "dump"}, ws.dir.path());
  CHECK(track.exit_code == 2);
  CHECK(track.err == "trainkit: unknown track 'long'; tracks: short\n");
  CHECK(RunTrainkit({"export", "minimal", "--audience", "police", "--format", "pdf"}, ws.dir.path()).exit_code == 2);
}

TEST_CASE("export writes the default path atomically, or to -o") {
  Workspace ws;
  auto result = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "dump"}, ws.dir.path());
  CHECK(result.exit_code == 0);
  fs::path written = ws.dir.path() / "exports/minimal/UA/police/minimal-UA-police-dump.txt";
  CHECK(result.err == "trainkit: wrote exports/minimal/UA/police/minimal-UA-police-dump.txt (" +
                          std::to_string(fs::file_size(written)) + " bytes)\n");
  auto to_stdout = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "dump", "-o", "-"},
                               ws.dir.path());
  CHECK(to_stdout.out == ReadFile(written));
  CHECK(to_stdout.out.rfind("program minimal version 1.0 of 2026-11-28\n  country UA\n", 0) == 0);
  int files = 0;
  for (const auto& entry : fs::directory_iterator(written.parent_path())) files += entry.is_regular_file() ? 1 : 0;
  CHECK(files == 1);  // no temporary file left beside it

  auto named_track = RunTrainkit({"export", "minimal", "--audience", "police", "--track", "short", "--format", "dump"},
                                 ws.dir.path());
  CHECK(named_track.exit_code == 0);
  CHECK(fs::exists(ws.dir.path() / "exports/minimal/intl/police/minimal-intl-police-short-dump.txt"));
}

TEST_CASE("a Letter export names its paper in the default path and leaves the A4 file in place") {
  Workspace ws;
  const std::string folder = "exports/minimal/UA/police/";
  auto run = [&](const std::string& format, const std::vector<std::string>& paper) {
    std::vector<std::string> arguments = {"export", "minimal", "--country", "UA", "--audience", "police", "--format", format};
    arguments.insert(arguments.end(), paper.begin(), paper.end());
    return RunTrainkit(arguments, ws.dir.path());
  };
  REQUIRE(run("guide-pdf", {}).exit_code == 0);
  auto letter = run("guide-pdf", {"--paper", "letter"});
  REQUIRE(letter.exit_code == 0);
  const std::string letter_guide = folder + "minimal-UA-police-guide-pdf-letter.pdf";
  CHECK(letter.err.rfind("trainkit: wrote " + letter_guide + " (" +
                             std::to_string(fs::file_size(ws.dir.path() / letter_guide)) + " bytes, ",
                         0) == 0);
  CHECK(ReadFile(ws.dir.path() / folder / "minimal-UA-police-guide-pdf.pdf").find("/MediaBox[ 0 0 595.276 841.89]") !=
        std::string::npos);
  CHECK(ReadFile(ws.dir.path() / letter_guide).find("/MediaBox[ 0 0 612 792]") != std::string::npos);
  // A4 asked for by name is the default paper, and the default file.
  REQUIRE(run("guide-pdf", {"--paper", "a4"}).exit_code == 0);
  CHECK_FALSE(fs::exists(ws.dir.path() / folder / "minimal-UA-police-guide-pdf-a4.pdf"));

  REQUIRE(run("handout-docx", {}).exit_code == 0);
  REQUIRE(run("handout-docx", {"--paper", "letter"}).exit_code == 0);
  CHECK(ReadFile(ws.dir.path() / folder / "minimal-UA-police-handout-docx.docx") !=
        ReadFile(ws.dir.path() / folder / "minimal-UA-police-handout-docx-letter.docx"));
  // Paper does not change what a format without pages writes, nor its name.
  REQUIRE(run("markdown", {"--paper", "letter"}).exit_code == 0);
  CHECK(fs::exists(ws.dir.path() / folder / "minimal-UA-police-markdown.md"));

  std::set<std::string> files;
  for (const auto& entry : fs::directory_iterator(ws.dir.path() / folder)) files.insert(entry.path().filename().string());
  CHECK(files == std::set<std::string>{"minimal-UA-police-guide-pdf.pdf", "minimal-UA-police-guide-pdf-letter.pdf",
                                       "minimal-UA-police-handout-docx.docx",
                                       "minimal-UA-police-handout-docx-letter.docx", "minimal-UA-police-markdown.md"});
}

TEST_CASE("export writes nothing when it cannot or must not") {
  Workspace ws;
  SECTION("the output path is a directory") {
    fs::create_directories(ws.dir.path() / "out.txt");
    auto result = RunTrainkit({"export", "minimal", "--audience", "police", "--format", "dump", "-o", "out.txt"}, ws.dir.path());
    CHECK(result.exit_code == 4);
    CHECK(result.err == "trainkit: cannot write out.txt: it is a directory\n");
  }
  SECTION("warnings with --werror") {
    ws.Replace("curriculum.xml", "budget=\"60\"", "budget=\"90\"");
    auto result = RunTrainkit({"export", "minimal", "--audience", "police", "--format", "dump", "-o", "x.txt", "--werror"},
                              ws.dir.path());
    CHECK(result.exit_code == 3);
    CHECK(result.err.find("warning[W121]") != std::string::npos);
    CHECK_FALSE(fs::exists(ws.dir.path() / "x.txt"));
  }
  SECTION("the curriculum has errors") {
    ws.Replace("curriculum.xml", "<fact ref=\"law.trafficking\"/>", "<fact ref=\"law.traficking\"/>");
    auto result = RunTrainkit({"export", "minimal", "--audience", "police", "--format", "dump", "-o", "x.txt"}, ws.dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("error[E104]") != std::string::npos);
    CHECK(result.err.find("trainkit: minimal has errors; run 'trainkit validate minimal' after fixing them\n") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(ws.dir.path() / "x.txt"));
  }
}

TEST_CASE("diff shows what an adaptation changes and what is stale") {
  Workspace ws;
  ws.Replace("curriculum.xml", "id=\"minimal\" version=\"1.0\"", "id=\"minimal\" version=\"1.1\"");
  ws.Replace("curriculum.xml", "<section id=\"national-law\"", "<section id=\"national-law\" revised=\"1.1\"");
  auto text = RunTrainkit({"diff", "minimal", "--country", "UA"}, ws.dir.path());
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("written for version 1.0; the curriculum is version 1.1: review it\n") != std::string::npos);
  CHECK(text.out.find("Facts: 2 of 2 set, 1 not checked or due for a new check\n") != std::string::npos);
  CHECK(text.out.find("  law.trafficking              law-article         not yet checked (source 2026-11)") !=
        std::string::npos);
  CHECK(text.out.find("  hotline.national             phone               checked 2026-11-20 (called the operator)") !=
        std::string::npos);
  CHECK(text.out.find("  replaces section national-law  STALE: revised in 1.1  at minimal/countries/UA.xml:9:3\n") !=
        std::string::npos);
  CHECK(text.out.find("  appends to module definition: section help-ua  at minimal/countries/UA.xml:12:3\n") != std::string::npos);
  CHECK(text.out.find("Translation: 16 of 16 participant texts of its programs translated into uk; 14 given by <translate> in the adaptation\n") !=
        std::string::npos);
  CHECK(text.out.find("Stale: 1 change and 0 translations override elements revised after version 1.0\n") !=
        std::string::npos);

  auto json = nlohmann::json::parse(RunTrainkit({"diff", "minimal", "--country", "UA", "--json"}, ws.dir.path()).out);
  CHECK(json["up_to_date"] == false);
  CHECK(json["changes"][0]["stale"] == true);
  CHECK(json["changes"][0]["revised"] == "1.1");
  CHECK(json["facts"][1]["key"] == "hotline.national");
  CHECK(json["facts"][1]["number"] == "116 123");
  CHECK(json["untranslated"].empty());

  auto unknown = RunTrainkit({"diff", "minimal", "--country", "ua"}, ws.dir.path());
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err == "trainkit: unknown country 'ua' (did you mean 'UA'?); countries with an adaptation: UA\n");
}

TEST_CASE("formats lists the writer registry") {
  trainkit::test::TempDir dir;
  auto result = RunTrainkit({"formats"}, dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.out ==
        "guide-pdf        .pdf   the facilitator guide, to print and teach from\n"
        "handout-docx     .docx  the participant handout, to edit in Word or LibreOffice and print\n"
        "handout-pdf      .pdf   the participant handout as a PDF, ready for a print shop\n"
        "attendance-pdf   .pdf   an attendance sheet for the day, to print\n"
        "certificates-pdf .pdf   a certificate of participation for each participant (--participants)\n"
        "pretest-pdf      .pdf   the pre-test as an answer sheet, to print for participants\n"
        "posttest-pdf     .pdf   the post-test as an answer sheet, to print for participants\n"
        "evaluation-pdf   .pdf   the evaluation form, to print for participants\n"
        "scoring-key-pdf  .pdf   the scoring key of the pre- and post-test, for the facilitator\n"
        "scorm12          .zip   a SCORM 1.2 package, to import into an LMS (self-paced)\n"
        "scorm2004        .zip   a SCORM 2004 (4th edition) package, to import into an LMS (self-paced)\n"
        "markdown         .md    what a reader alone reads, as Markdown, for wikis and websites (self-paced)\n"
        "guide-layout     .txt   the facilitator guide's pages as text, to check the layout\n"
        "handout-layout   .txt   the handout PDF's pages as text, to check the layout\n"
        "dump             .txt   the resolved program as indented text, with where each piece came from\n");
}

TEST_CASE("export reads the program's own files: another country's broken file does not stop it") {
  Workspace workspace;
  workspace.dir.Write("minimal/countries/MD.xml", "<adaptation country=\"MD\"");  // cut off
  auto ua = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "markdown",
                         "-o", "-"},
                        workspace.dir.path());
  INFO(ua.err);
  CHECK(ua.exit_code == 0);
  CHECK(ua.err.find("MD.xml") == std::string::npos);
  auto international = RunTrainkit({"export", "minimal", "--audience", "police", "--format", "dump", "-o", "-"},
                                   workspace.dir.path());
  CHECK(international.exit_code == 0);

  // The broken country's own program stops, naming the file and line; validate reports it.
  auto md = RunTrainkit({"export", "minimal", "--country", "MD", "--audience", "police", "--format", "dump", "-o", "-"},
                        workspace.dir.path());
  CHECK(md.exit_code == 1);
  CHECK(md.err.find("minimal/countries/MD.xml:1:") != std::string::npos);
  auto validate = RunTrainkit({"validate", "minimal"}, workspace.dir.path());
  CHECK(validate.exit_code == 1);
  CHECK(validate.err.find("minimal/countries/MD.xml:1:") != std::string::npos);

  // A country with no file is a usage error that lists the countries there are.
  auto unknown = RunTrainkit({"export", "minimal", "--country", "UK", "--audience", "police", "--format", "dump"},
                             workspace.dir.path());
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("unknown country 'UK' (did you mean 'UA'?)") != std::string::npos);
  CHECK(unknown.err.find("MD, UA") != std::string::npos);
}
