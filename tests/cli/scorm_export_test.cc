// SCORM packages as an LMS administrator makes and re-makes them: the export options that set
// the final assessment, and a version that tells two uploads apart.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "../support/run_process.h"
#include "../support/temp_dir.h"
#include "trainkit/package/zip_reader.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;
using trainkit::test::RunTrainkit;

namespace {

struct Package {
  std::map<std::string, std::string> files;
  nlohmann::json course;  // what player.js reads
  std::string version;    // the manifest's
  std::string identifier;
};

// Exports the minimal curriculum's UA police program as `format` with `options` to PKG.zip in
// `dir`, and reads the package.
Package Export(const trainkit::test::TempDir& dir, const std::string& format, std::vector<std::string> options = {}) {
  std::vector<std::string> command = {"export", "minimal", "--country", "UA", "--audience", "police",
                                      "--format", format, "-o", "PKG.zip"};
  command.insert(command.end(), options.begin(), options.end());
  auto result = RunTrainkit(command, dir.path());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  Package package;
  REQUIRE(trainkit::package::ReadZip(ReadFile(dir.path() / "PKG.zip"), package.files).ok());
  const std::string& html = package.files.at("index.html");
  const std::string open = "<script type=\"application/json\" id=\"trainkit-course\">";
  size_t start = html.find(open) + open.size();
  package.course = nlohmann::json::parse(html.substr(start, html.find("</script>", start) - start));
  std::smatch match;
  const std::string& manifest = package.files.at("imsmanifest.xml");
  REQUIRE(std::regex_search(manifest, match, std::regex(" identifier=\"([^\"]+)\" version=\"([^\"]+)\"")));
  package.identifier = match[1];
  package.version = match[2];
  return package;
}

}  // namespace

TEST_CASE("the pass mark, when answers are revealed and the attempts allowed are set at export") {
  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  Package plain = Export(dir, "scorm12");
  CHECK(plain.course["passMark"] == 80);  // the curriculum's
  CHECK(plain.course["reveal"] == "attempt");
  CHECK(plain.course["attempts"].is_null());

  Package set = Export(dir, "scorm12", {"--pass-mark", "60", "--reveal-answers", "after-pass", "--max-attempts", "3"});
  CHECK(set.course["passMark"] == 60);
  CHECK(set.course["reveal"] == "pass");
  CHECK(set.course["attempts"] == 3);
  CHECK(set.files["imsmanifest.xml"].find("<adlcp:masteryscore>60</adlcp:masteryscore>") != std::string::npos);
  CHECK(set.files["index.html"].find("60%") != std::string::npos);  // the assessment's introduction says it
  CHECK(set.identifier == plain.identifier);

  Package never = Export(dir, "scorm2004", {"--reveal-answers", "never", "--pass-mark", "100"});
  CHECK(never.course["reveal"] == "never");
  CHECK(never.files["imsmanifest.xml"].find("<imsss:minNormalizedMeasure>1.00</imsss:minNormalizedMeasure>") !=
        std::string::npos);
}

TEST_CASE("the SCORM options are refused where they mean nothing, or out of range") {
  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  auto base = std::vector<std::string>{"export", "minimal", "--country", "UA", "--audience", "police", "-o", "out"};
  auto with = [&](std::vector<std::string> more) {
    auto command = base;
    command.insert(command.end(), more.begin(), more.end());
    return RunTrainkit(command, dir.path());
  };
  auto handout = with({"--format", "handout-docx", "--max-attempts", "2"});
  CHECK(handout.exit_code == 2);
  CHECK(handout.err ==
        "trainkit: --pass-mark, --reveal-answers and --max-attempts are for scorm12 and scorm2004; handout-docx has "
        "no final assessment to set\n");
  CHECK(with({"--format", "scorm12", "--pass-mark", "101"}).exit_code == 2);
  CHECK(with({"--format", "scorm12", "--max-attempts", "0"}).exit_code == 2);
  CHECK(with({"--format", "scorm12", "--reveal-answers", "sometimes"}).exit_code == 2);
  CHECK_FALSE(fs::exists(dir.path() / "out"));
}

TEST_CASE("a country-only fix changes the package version, and the same inputs give the same bytes") {
  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  for (const char* format : {"scorm12", "scorm2004"}) {
    Package first = Export(dir, format);
    std::string first_bytes = ReadFile(dir.path() / "PKG.zip");
    REQUIRE(std::regex_match(first.version, std::regex(R"(1\.0\+[0-9a-f]{8})")));
    CHECK(first.course["version"] == first.version);
    CHECK(first.files["index.html"].find("Версія " + first.version + " від") != std::string::npos);  // the footer
    Export(dir, format);
    CHECK(ReadFile(dir.path() / "PKG.zip") == first_bytes);

    fs::path country = dir.path() / "minimal/countries/UA.xml";
    std::string original = ReadFile(country);
    std::string fixed = std::regex_replace(original, std::regex("116 123"), "116 124");
    REQUIRE(fixed != original);
    std::ofstream(country, std::ios::binary) << fixed;
    Package after = Export(dir, format);
    CHECK(after.identifier == first.identifier);  // the LMS updates the course it has
    CHECK(after.version != first.version);
    std::ofstream(country, std::ios::binary) << original;
  }
}

TEST_CASE("a SCORM package is self-paced and the handout is for the room: each has its own content") {
  trainkit::test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  Package package = Export(dir, "scorm2004");
  // The card sort needs a group (delivery="classroom"): a learner alone does not meet it.
  CHECK(package.files["index.html"].find("Сортування карток") == std::string::npos);
  CHECK(package.files["index.html"].find("class=\"care-note\"") != std::string::npos);
  auto markdown = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "markdown",
                               "--allow-unchecked-facts", "-o", "-"},
                              dir.path());
  CHECK(markdown.exit_code == 0);
  CHECK(markdown.out.find("Сортування карток") == std::string::npos);
  auto handout = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "handout-docx",
                              "--allow-unchecked-facts", "-o", "handout.docx"},
                             dir.path());
  REQUIRE(handout.exit_code == 0);
  std::map<std::string, std::string> parts;
  REQUIRE(trainkit::package::ReadZip(ReadFile(dir.path() / "handout.docx"), parts).ok());
  CHECK(parts["word/document.xml"].find("Сортування карток") != std::string::npos);
}
