#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

namespace fs = std::filesystem;
using trainkit::test::RunTrainkit;

namespace {

const fs::path kMinimal = fs::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal";

// A working folder holding curricula/minimal, a copy of the minimal curriculum.
struct Workspace {
  Workspace() {
    fs::create_directories(dir.path() / "curricula");
    fs::copy(kMinimal, dir.path() / "curricula/minimal", fs::copy_options::recursive);
  }
  fs::path curriculum(const std::string& file) const { return dir.path() / "curricula/minimal" / file; }
  trainkit::test::TempDir dir;
};

void Replace(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = trainkit::test::ReadFile(file);
  REQUIRE(text.find(from) != std::string::npos);
  text.replace(text.find(from), from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("validate with no path checks every curriculum under ./curricula") {
  Workspace ws;
  auto result = RunTrainkit({"validate"}, ws.dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  CHECK(result.err == "trainkit: checked 1 curriculum: 0 errors, 0 warnings\n");
}

TEST_CASE("validate accepts a folder or its curriculum.xml") {
  Workspace ws;
  CHECK(RunTrainkit({"validate", "curricula/minimal"}, ws.dir.path()).exit_code == 0);
  CHECK(RunTrainkit({"validate", "curricula/minimal/curriculum.xml"}, ws.dir.path()).exit_code == 0);
}

TEST_CASE("exit codes tell errors, warnings with --werror, I/O and usage apart") {
  Workspace ws;
  SECTION("a warning alone exits 0, or 3 with --werror") {
    Replace(ws.curriculum("curriculum.xml"), "budget=\"60\"", "budget=\"70\"");
    auto plain = RunTrainkit({"validate"}, ws.dir.path());
    CHECK(plain.exit_code == 0);
    CHECK(plain.err.find("warning[W121]") != std::string::npos);
    CHECK(RunTrainkit({"validate", "--werror"}, ws.dir.path()).exit_code == 3);
  }
  SECTION("an error exits 1") {
    Replace(ws.curriculum("curriculum.xml"), "goal=\"g-recognise\"", "goal=\"g-recognize\"");
    auto result = RunTrainkit({"validate"}, ws.dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("curricula/minimal/curriculum.xml:19:55: error[E102]: unknown goal "
                          "'g-recognize'; did you mean 'g-recognise'?\n") != std::string::npos);
    // The goal the objective meant to serve is now served by none: both are reported.
    CHECK(result.err.find("warning[W110]: goal 'g-recognise' is served by no objective") != std::string::npos);
  }
  SECTION("a path that does not exist exits 4") {
    auto result = RunTrainkit({"validate", "curricula/nothing"}, ws.dir.path());
    CHECK(result.exit_code == 4);
    CHECK(result.err ==
          "curricula/nothing: error[E001]: cannot read file: no such file\n"
          "trainkit: checked 1 curriculum: 1 error, 0 warnings\n");
  }
  SECTION("a directory where curriculum.xml should be exits 4") {
    fs::remove(ws.curriculum("curriculum.xml"));
    fs::create_directory(ws.curriculum("curriculum.xml"));
    auto result = RunTrainkit({"validate", "curricula/minimal"}, ws.dir.path());
    CHECK(result.exit_code == 4);
    CHECK(result.err.find("cannot read file: it is a directory, not a file") != std::string::npos);
  }
  SECTION("no curricula to find is a usage error") {
    trainkit::test::TempDir empty;
    auto result = RunTrainkit({"validate"}, empty.path());
    CHECK(result.exit_code == 2);
    CHECK(result.err == "trainkit: no curricula found under ./curricula; name a curriculum folder\n");
  }
  SECTION("unknown options and values are usage errors") {
    CHECK(RunTrainkit({"validate", "--diagnostics=xml"}, ws.dir.path()).exit_code == 2);
    CHECK(RunTrainkit({"validate", "--colour"}, ws.dir.path()).exit_code == 2);
  }
}

TEST_CASE("JSON diagnostics are an array on standard output") {
  Workspace ws;
  Replace(ws.curriculum("countries/UA.xml"), "checked=\"2026-11-20\"", "checked=\"2019-03-01\"");
  Replace(ws.curriculum("curriculum.xml"), "<facilitator-note audience=\"police\">",
          "<facilitator-note audience=\"polce\">");
  auto result = RunTrainkit({"validate", "--diagnostics=json"}, ws.dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err.empty());
  auto json = nlohmann::json::parse(result.out);
  REQUIRE(json.size() == 2);
  CHECK(json[0] == nlohmann::json::parse(R"({"code":"W134","severity":"warning",
      "file":"curricula/minimal/countries/UA.xml","line":7,"column":100,"notes":[],
      "message":"fact 'hotline.national' was last checked on 2019-03-01; a check of a phone fact is good for 12 months (until 2020-03-01): check it again with its operator or the official text, and update checked=\"...\""})"));
  CHECK(json[1]["code"] == "E103");
  CHECK(json[1]["file"] == "curricula/minimal/curriculum.xml");
  CHECK(json[1]["line"] == 40);
  CHECK(json[1]["column"] == 35);
}

TEST_CASE("validate given an exported package says what it is and prints none of its bytes") {
  Workspace ws;
  REQUIRE(RunTrainkit({"export", "curricula/minimal", "--audience", "police", "--format", "scorm12", "-o", "pkg.zip"},
                      ws.dir.path())
              .exit_code == 0);
  auto result = RunTrainkit({"validate", "pkg.zip"}, ws.dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "pkg.zip: error[E003]: file is a zip archive (a SCORM package or a DOCX, say), not the XML text of a "
        "curriculum\n"
        "trainkit: checked 1 curriculum: 1 error, 0 warnings\n");
}

TEST_CASE("hostile and broken files give a diagnostic, never a crash") {
  Workspace ws;
  auto curriculum = ws.curriculum("curriculum.xml");
  SECTION("a binary file") {
    std::ofstream(curriculum, std::ios::binary) << std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    auto result = RunTrainkit({"validate"}, ws.dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("error[E003]") != std::string::npos);
  }
  SECTION("an external entity is never read") {
    std::ofstream(curriculum) << "<!DOCTYPE c [<!ENTITY x SYSTEM \"/etc/hostname\">]><curriculum>&x;</curriculum>";
    auto result = RunTrainkit({"validate"}, ws.dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("error[E006]") != std::string::npos);
    CHECK(result.err.find(trainkit::test::ReadFile("/etc/hostname").substr(0, 6)) == std::string::npos);
  }
  SECTION("a country file that is not XML does not stop the others being checked") {
    std::ofstream(ws.curriculum("countries/MD.xml")) << "just text\n";
    Replace(curriculum, "budget=\"60\"", "budget=\"61\"");
    auto result = RunTrainkit({"validate"}, ws.dir.path());
    CHECK(result.exit_code == 1);
    CHECK(result.err.find("countries/MD.xml:1:1: error[E005]") != std::string::npos);
    CHECK(result.err.find("warning[W121]") != std::string::npos);
  }
}

TEST_CASE("the version and help options") {
  trainkit::test::TempDir dir;
  auto version = RunTrainkit({"--version"}, dir.path());
  CHECK(version.exit_code == 0);
  CHECK(version.out == "trainkit 0.1.0\n");
  auto help = RunTrainkit({"--help"}, dir.path());
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("validate") != std::string::npos);
}

TEST_CASE("an unknown command, or none, is a usage error that names the commands") {
  trainkit::test::TempDir dir;
  auto unknown = RunTrainkit({"publish", "course.zip"}, dir.path());
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.out.empty());
  CHECK(unknown.err ==
        "trainkit: unknown command 'publish'; the commands are: new, serve, validate, outline, export, diff, build, "
        "translate, check-scorm, formats\n");
  auto typo = RunTrainkit({"valdate", "--werror"}, dir.path());
  CHECK(typo.exit_code == 2);
  CHECK(typo.err == "trainkit: unknown command 'valdate'; did you mean 'validate'? The commands are: new, serve, "
                    "validate, outline, export, diff, build, translate, check-scorm, formats\n");
  auto none = RunTrainkit({}, dir.path());
  CHECK(none.exit_code == 2);
  CHECK(none.err == "trainkit: name a command; the commands are: new, serve, validate, outline, export, diff, build, "
                    "translate, check-scorm, formats\n");
  // An unknown option of a known command is still CLI11's to explain.
  auto option = RunTrainkit({"validate", "--colour"}, dir.path());
  CHECK(option.exit_code == 2);
  CHECK(option.err == "The following argument was not expected: --colour\nRun with --help for more information.\n");
}
