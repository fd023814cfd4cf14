// `trainkit check-scorm` as an LMS administrator runs it: trainkit's own packages check clean,
// problems come as text or JSON, and the exit code says what was found.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <regex>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

namespace fs = std::filesystem;
using trainkit::test::RunTrainkit;

namespace {

const fs::path kSource(TRAINKIT_SOURCE_DIR);
const fs::path kCases = kSource / "tests" / "diagnostics";

}  // namespace

TEST_CASE("trainkit's own SCORM packages of both versions check clean") {
  trainkit::test::TempDir dir;
  for (const char* format : {"scorm12", "scorm2004"}) {
    auto exported = RunTrainkit({"export", (kSource / "curricula/trafficking-in-women").string(), "--country", "UA",
                                 "--audience", "police", "--format", format, "--allow-unchecked-facts", "-o",
                                 std::string(format) + ".zip"},
                                dir.path());
    REQUIRE(exported.exit_code == 0);
  }
  auto checked = RunTrainkit({"check-scorm", "scorm12.zip", "scorm2004.zip"}, dir.path());
  CHECK(checked.exit_code == 0);
  CHECK(checked.out.empty());
  // Two summary lines and nothing else: no diagnostic at all.
  std::regex summaries(
      "trainkit: checked scorm12\\.zip \\(SCORM 1\\.2, [0-9]+ files, [0-9.]+ [kM]B unpacked\\): 0 errors, 0 warnings\n"
      "trainkit: checked scorm2004\\.zip \\(SCORM 2004, [0-9]+ files, [0-9.]+ [kM]B unpacked\\): 0 errors, 0 warnings\n");
  CHECK(std::regex_match(checked.err, summaries));
  INFO(checked.err);
  CHECK(RunTrainkit({"check-scorm", "--werror", "scorm12.zip", "scorm2004.zip"}, dir.path()).exit_code == 0);
}

TEST_CASE("check-scorm --diagnostics=json prints each package with its size and its diagnostics") {
  trainkit::test::TempDir dir;
  fs::copy(kCases / "E220" / "course.zip", dir.path() / "E220.zip");
  fs::copy(kCases / "W230" / "course.zip", dir.path() / "W230.zip");
  auto result = RunTrainkit({"check-scorm", "E220.zip", "W230.zip", "missing.zip", "--diagnostics=json"}, dir.path());
  CHECK(result.exit_code == 4);  // missing.zip cannot be read
  CHECK(result.err.empty());
  nlohmann::json output = nlohmann::json::parse(result.out);
  REQUIRE(output["packages"].size() == 3);

  const nlohmann::json& duplicate = output["packages"][0];
  CHECK(duplicate["file"] == "E220.zip");
  CHECK(duplicate["scorm_version"] == "1.2");
  CHECK(duplicate["files"] == 2);
  CHECK(duplicate["unpacked_bytes"] == 910);
  CHECK(duplicate["package_bytes"] == fs::file_size(dir.path() / "E220.zip"));
  CHECK(duplicate["errors"] == 1);
  CHECK(duplicate["warnings"] == 0);
  REQUIRE(duplicate["diagnostics"].size() == 1);
  const nlohmann::json& diagnostic = duplicate["diagnostics"][0];
  CHECK(diagnostic["code"] == "E220");
  CHECK(diagnostic["severity"] == "error");
  CHECK(diagnostic["file"] == "E220.zip:imsmanifest.xml");
  CHECK(diagnostic["line"] == 15);
  CHECK(diagnostic["column"] == 25);
  CHECK(diagnostic["message"] ==
        "identifier 'lesson' is given to two <item> elements: identifiers in a manifest must be unique, and an LMS "
        "keeps only one of the two");
  REQUIRE(diagnostic["notes"].size() == 1);
  CHECK(diagnostic["notes"][0]["line"] == 12);

  const nlohmann::json& unlisted = output["packages"][1];
  CHECK(unlisted["warnings"] == 1);
  CHECK(unlisted["diagnostics"][0]["code"] == "W230");
  CHECK(unlisted["diagnostics"][0]["severity"] == "warning");

  const nlohmann::json& missing = output["packages"][2];
  CHECK(missing["scorm_version"].is_null());
  CHECK(missing["files"].is_null());
  CHECK(missing["package_bytes"].is_null());
  CHECK(missing["diagnostics"][0]["code"] == "E001");
  CHECK(missing["diagnostics"][0]["file"] == "missing.zip");
  CHECK(missing["diagnostics"][0]["line"] == 0);
}

TEST_CASE("check-scorm's exit codes are validate's") {
  trainkit::test::TempDir dir;
  fs::copy(kCases / "E224" / "course.zip", dir.path() / "error.zip");
  fs::copy(kCases / "W230" / "course.zip", dir.path() / "warning.zip");
  CHECK(RunTrainkit({"check-scorm", "warning.zip"}, dir.path()).exit_code == 0);
  CHECK(RunTrainkit({"check-scorm", "warning.zip", "--werror"}, dir.path()).exit_code == 3);
  CHECK(RunTrainkit({"check-scorm", "warning.zip", "--werror=W230"}, dir.path()).exit_code == 3);
  CHECK(RunTrainkit({"check-scorm", "warning.zip", "--werror=W240"}, dir.path()).exit_code == 0);
  CHECK(RunTrainkit({"check-scorm", "warning.zip", "error.zip"}, dir.path()).exit_code == 1);
  auto unreadable = RunTrainkit({"check-scorm", "error.zip", "."}, dir.path());
  CHECK(unreadable.exit_code == 4);
  CHECK(unreadable.err.find(".: error[E001]: cannot read file: it is a directory; a SCORM package is a zip file") !=
        std::string::npos);
  auto usage = RunTrainkit({"check-scorm"}, dir.path());
  CHECK(usage.exit_code == 2);
  CHECK(RunTrainkit({"check-scorm", "warning.zip", "--diagnostics=xml"}, dir.path()).exit_code == 2);
  CHECK(RunTrainkit({"check-scorm", "warning.zip", "--upload-limit=lots"}, dir.path()).exit_code == 2);
}

TEST_CASE("check-scorm --upload-limit sets the size past which a package is said to be too large to upload") {
  trainkit::test::TempDir dir;
  fs::copy(kCases / "W230" / "course.zip", dir.path() / "course.zip");
  auto small = RunTrainkit({"check-scorm", "course.zip", "--upload-limit", "500"}, dir.path());
  CHECK(small.err.find("course.zip: warning[W240]: the package is 737 bytes, more than the upload limit of 500 "
                       "bytes") == 0);
  auto mebibyte = RunTrainkit({"check-scorm", "course.zip", "--upload-limit", "1MiB", "--werror"}, dir.path());
  CHECK(mebibyte.exit_code == 3);  // W230 only
  CHECK(mebibyte.err.find("W240") == std::string::npos);
}
