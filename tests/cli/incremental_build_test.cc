// `trainkit build` again, as a user runs it while editing: what the last build made from the
// same inputs is not made again; a change makes again exactly what depends on it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

using namespace trainkit;
namespace fs = std::filesystem;

namespace {

// The files `build` wrote, by the lines it prints for each ("trainkit: wrote PATH").
std::set<std::string> Written(const std::string& err) {
  std::set<std::string> written;
  std::regex line("trainkit: wrote out/minimal/([^ ]+) \\(");
  for (auto it = std::sregex_iterator(err.begin(), err.end(), line); it != std::sregex_iterator(); ++it) {
    written.insert((*it)[1]);
  }
  return written;
}

test::ProcessResult Build(const test::TempDir& dir, std::vector<std::string> more = {}) {
  std::vector<std::string> arguments = {"build", "minimal", "-o", "out", "--jobs", "2"};
  arguments.insert(arguments.end(), more.begin(), more.end());
  return test::RunTrainkit(arguments, dir.path());
}

}  // namespace

TEST_CASE("build again with nothing changed makes nothing and keeps the same record") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(Build(dir).exit_code == 0);
  const std::string record = test::ReadFile(dir.path() / "out/minimal/manifest.json");
  const auto modified = fs::last_write_time(dir.path() / "out/minimal/UA/police/minimal-UA-police-guide-pdf.pdf");

  auto again = Build(dir);
  INFO(again.err);
  CHECK(again.exit_code == 0);
  CHECK(Written(again.err).empty());
  CHECK(again.err.find("trainkit: nothing to build: all 24 files are up to date") != std::string::npos);
  CHECK(test::ReadFile(dir.path() / "out/minimal/manifest.json") == record);
  CHECK(fs::last_write_time(dir.path() / "out/minimal/UA/police/minimal-UA-police-guide-pdf.pdf") == modified);

  // Every output has the digest of its inputs in the record.
  const auto parsed = nlohmann::json::parse(record);  // a loop over a temporary's member would outlive it
  for (const auto& output : parsed["outputs"]) {
    CHECK(output["inputs"].get<std::string>().size() == 64);
  }

  // --force makes everything again, into the same bytes and record.
  auto forced = Build(dir, {"--force"});
  CHECK(forced.exit_code == 0);
  CHECK(Written(forced.err).size() == 24);
  CHECK(test::ReadFile(dir.path() / "out/minimal/manifest.json") == record);
}

TEST_CASE("build after a country changes makes again that country's outputs only") {
  test::TempDir dir;
  fs::path curriculum = dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(Build(dir).exit_code == 0);

  std::string country = test::ReadFile(curriculum / "countries/UA.xml");
  dir.Write("minimal/countries/UA.xml", country + "\n<!-- checked again -->\n");
  auto after_country = Build(dir);
  INFO(after_country.err);
  CHECK(after_country.exit_code == 0);
  std::set<std::string> written = Written(after_country.err);
  CHECK(written.size() == 12);  // UA: two audiences, six formats
  for (const std::string& path : written) CHECK(path.rfind("UA/", 0) == 0);
  CHECK(after_country.err.find("trainkit: built 12 of 24 files (12 up to date)") != std::string::npos);

  // The translation into Ukrainian is read by the Ukrainian programs only.
  std::string translation = test::ReadFile(curriculum / "translations/uk.xml");
  dir.Write("minimal/translations/uk.xml", translation + "\n");
  written = Written(Build(dir).err);
  for (const std::string& path : written) CHECK(path.rfind("UA/", 0) == 0);
  CHECK(written.size() == 12);

  // curriculum.xml is read by every program.
  std::string base = test::ReadFile(curriculum / "curriculum.xml");
  dir.Write("minimal/curriculum.xml", base + "\n");
  CHECK(Written(Build(dir).err).size() == 24);
}

TEST_CASE("build makes again an output that was deleted or changed, and outputs of other options") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(Build(dir).exit_code == 0);
  const std::string handout = "UA/police/minimal-UA-police-handout-docx.docx";
  const std::string markdown = "UA/police/minimal-UA-police-markdown.md";
  const std::string guide = "UA/police/minimal-UA-police-guide-pdf.pdf";
  fs::remove(dir.path() / "out/minimal" / handout);
  dir.Write("out/minimal/" + markdown, "edited by hand");
  // Empty, as a power cut may leave a file the build renamed into place without flushing it.
  dir.Write("out/minimal/" + guide, "");
  CHECK(Written(Build(dir).err) == std::set<std::string>{handout, markdown, guide});

  // An option that changes the bytes makes again what it changes: the SCORM packages.
  std::set<std::string> written = Written(Build(dir, {"--pass-mark", "90"}).err);
  CHECK(written.size() == 8);
  for (const std::string& path : written) CHECK(path.find("-scorm") != std::string::npos);

  // Another day for the dates printed in the outputs: everything.
  auto other_day = test::RunTrainkit({"build", "minimal", "-o", "out", "--pass-mark", "90"}, dir.path(),
                                     {{"SOURCE_DATE_EPOCH", "1796000000"}});
  CHECK(Written(other_day.err).size() == 24);
}

TEST_CASE("build with a file of the template folder changed makes everything again, once") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  fs::path templates = dir.CopyFromSource("templates", "templates");
  REQUIRE(Build(dir, {"--template", "templates"}).exit_code == 0);
  dir.Write("templates/strings/uk.json", test::ReadFile(templates / "strings/uk.json") + "\n");
  // Every output: a template file may be read by any format (the interface words are).
  CHECK(Written(Build(dir, {"--template", "templates"}).err).size() == 24);
  CHECK(Written(Build(dir, {"--template", "templates"}).err).empty());
}

TEST_CASE("build with every output up to date still stops for an error in a file it checks") {
  test::TempDir dir;
  fs::path curriculum = dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(Build(dir).exit_code == 0);
  // Overrides for a country the curriculum has no adaptation for: no program reads them, but
  // the build checks every file of the curriculum, and this one names another curriculum.
  std::string translation = test::ReadFile(curriculum / "translations/uk.xml");
  translation.replace(translation.find("curriculum=\"minimal\""), 20, "curriculum=\"maximal\"");
  translation.replace(translation.find("xml:lang=\"uk\""), 13, "xml:lang=\"uk-MD\"");
  dir.Write("minimal/translations/uk-MD.xml", translation);
  auto stopped = Build(dir);
  INFO(stopped.err);
  CHECK(stopped.exit_code == 1);
  CHECK(stopped.err.find("error[E163]") != std::string::npos);
  CHECK(Written(stopped.err).empty());
}

TEST_CASE("build over the record of an older trainkit, without digests, makes everything") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(Build(dir).exit_code == 0);
  auto record = nlohmann::json::parse(test::ReadFile(dir.path() / "out/minimal/manifest.json"));
  record.erase("checked");
  for (auto& output : record["outputs"]) output.erase("inputs");
  dir.Write("out/minimal/manifest.json", record.dump(2));
  auto again = Build(dir);
  CHECK(again.exit_code == 0);
  CHECK(Written(again.err).size() == 24);
  dir.Write("out/minimal/manifest.json", "{\"outputs\": [1, \"two\", {\"path\": 3}]}");
  CHECK(Written(Build(dir).err).size() == 24);
}
