// The SCORM manifests, checked by xmllint against the official SCORM 1.2 and 2004 4th edition
// schemas (through the driver schemas in the shared schemas folder; skipped where it is absent).
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "../../support/run_process.h"
#include "../../support/skip.h"
#include "../../support/temp_dir.h"
#include "trainkit/writers/scorm/manifest.h"

namespace fs = std::filesystem;
using trainkit::writers::scorm::PackageDescription;
using trainkit::writers::scorm::ScormVersion;
using trainkit::writers::scorm::WriteManifest;

namespace {

PackageDescription Sample() {
  PackageDescription package;
  package.identifier = "trafficking-in-women.UA.police";
  package.title = "Протидія торгівлі жінками & людьми";
  package.description = "A training for police officers.";
  package.language = "uk";
  package.version = "1.2.0";
  package.keywords = {"trafficking", "police"};
  package.mastery_percent = 75;
  package.files = {"index.html", "player/player.css", "player/player.js"};
  return package;
}

// xmllint's complaints about `manifest` against the driver schema `driver`; empty when it validates.
std::string SchemaErrors(const fs::path& schemas, const std::string& manifest, const std::string& driver) {
  trainkit::test::TempDir dir;
  fs::path file = dir.Write("imsmanifest.xml", manifest);
  auto result = trainkit::test::Run(TRAINKIT_XMLLINT, {"--noout", "--nonet", "--schema", (schemas / driver).string(),
                                                file.string()}, dir.path());
  return result.exit_code == 0 ? std::string() : "exit " + std::to_string(result.exit_code) + ": " + result.err;
}

// `text` with every `from` replaced by `to`.
std::string Replaced(std::string text, const std::string& from, const std::string& to) {
  REQUIRE(text.find(from) != std::string::npos);
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

}  // namespace

TEST_CASE("the SCORM 1.2 manifest validates and carries the mastery score") {
  std::string manifest = WriteManifest(Sample(), ScormVersion::k12);
  CHECK(manifest.find("<schemaversion>1.2</schemaversion>") != std::string::npos);
  CHECK(manifest.find("<adlcp:masteryscore>75</adlcp:masteryscore>") != std::string::npos);
  CHECK(manifest.find("adlcp:scormtype=\"sco\"") != std::string::npos);
  CHECK(manifest.find("identifier=\"trafficking-in-women.UA.police\"") != std::string::npos);
  CHECK(manifest.find("Протидія торгівлі жінками &amp; людьми") != std::string::npos);
  CHECK(manifest.find("<file href=\"player/player.js\"/>") != std::string::npos);
  if (auto schemas = trainkit::test::SchemasFolder()) {
    CHECK(SchemaErrors(*schemas, manifest, "scorm12-driver.xsd") == "");
    // The check can fail: 2004's spelling of scormType is not 1.2's.
    CHECK(SchemaErrors(*schemas, Replaced(manifest, "adlcp:scormtype", "adlcp:scormType"), "scorm12-driver.xsd") != "");
  }
}

TEST_CASE("the SCORM 2004 manifest validates and passes by measure") {
  std::string manifest = WriteManifest(Sample(), ScormVersion::k2004);
  CHECK(manifest.find("<schemaversion>2004 4th Edition</schemaversion>") != std::string::npos);
  CHECK(manifest.find("satisfiedByMeasure=\"true\"") != std::string::npos);
  CHECK(manifest.find("<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>") != std::string::npos);
  CHECK(manifest.find("<string language=\"uk\">A training for police officers.</string>") != std::string::npos);
  CHECK(manifest.find("adlcp:scormType=\"sco\"") != std::string::npos);
  if (auto schemas = trainkit::test::SchemasFolder()) {
    CHECK(SchemaErrors(*schemas, manifest, "scorm2004-4th-driver.xsd") == "");
    // The check can fail: the LOM and the sequencing are validated too, not skipped as lax content.
    CHECK(SchemaErrors(*schemas, Replaced(manifest, "lifeCycle>", "lifecycle>"), "scorm2004-4th-driver.xsd") != "");
    CHECK(SchemaErrors(*schemas, Replaced(manifest, ">0.75<", ">1.75<"), "scorm2004-4th-driver.xsd") != "");
  }
}

TEST_CASE("a manifest is the same bytes for the same package") {
  CHECK(WriteManifest(Sample(), ScormVersion::k12) == WriteManifest(Sample(), ScormVersion::k12));
  CHECK(WriteManifest(Sample(), ScormVersion::k2004) == WriteManifest(Sample(), ScormVersion::k2004));
}

TEST_CASE("a package without a description leaves it out of the metadata") {
  PackageDescription package = Sample();
  package.description.clear();
  std::string manifest12 = WriteManifest(package, ScormVersion::k12);
  std::string manifest2004 = WriteManifest(package, ScormVersion::k2004);
  CHECK(manifest12.find("description") == std::string::npos);
  CHECK(manifest2004.find("description") == std::string::npos);
  if (auto schemas = trainkit::test::SchemasFolder()) {
    CHECK(SchemaErrors(*schemas, manifest12, "scorm12-driver.xsd") == "");
    CHECK(SchemaErrors(*schemas, manifest2004, "scorm2004-4th-driver.xsd") == "");
  }
}

TEST_CASE("a 2004 manifest declares an objective per module, with or without a mastery score") {
  PackageDescription package = Sample();
  package.module_objectives = {"m-welcome", "m-law"};
  for (bool scored : {true, false}) {
    if (!scored) package.mastery_percent.reset();
    std::string manifest = WriteManifest(package, ScormVersion::k2004);
    CHECK(manifest.find("<imsss:objective objectiveID=\"m-welcome\"/>") != std::string::npos);
    CHECK(manifest.find("<imsss:objective objectiveID=\"m-law\"/>") != std::string::npos);
    CHECK((manifest.find("satisfiedByMeasure") != std::string::npos) == scored);
    if (auto schemas = trainkit::test::SchemasFolder()) CHECK(SchemaErrors(*schemas, manifest, "scorm2004-4th-driver.xsd") == "");
  }
  CHECK(WriteManifest(package, ScormVersion::k12).find("m-welcome") == std::string::npos);
}

TEST_CASE("a version too long for IMS CP 1.1.2's 20 characters keeps its digest in the attribute") {
  PackageDescription package = Sample();
  package.version = "2026.11.28-draft+3fa94c1b";
  std::string manifest = WriteManifest(package, ScormVersion::k12);
  CHECK(manifest.find(" version=\"3fa94c1b\"") != std::string::npos);
  CHECK(manifest.find(">2026.11.28-draft+3fa94c1b<") != std::string::npos);  // the metadata keeps it whole
  if (auto schemas = trainkit::test::SchemasFolder()) CHECK(SchemaErrors(*schemas, manifest, "scorm12-driver.xsd") == "");
}

TEST_CASE("a title is cut at 200 characters, with an ellipsis: IMS CP 1.1.2's limit and SCORM 2004's") {
  PackageDescription package = Sample();
  std::string exact;
  for (int i = 0; i < 200; ++i) exact += "ж";  // two bytes each: characters are counted, not bytes
  package.title = exact;
  CHECK(WriteManifest(package, ScormVersion::k12).find("<title>" + exact + "</title>") != std::string::npos);
  package.title = exact + "!";
  std::string manifest = WriteManifest(package, ScormVersion::k12);
  CHECK(manifest.find("<title>" + exact.substr(0, 2 * 199) + "…</title>") != std::string::npos);
  if (auto schemas = trainkit::test::SchemasFolder()) {
    CHECK(SchemaErrors(*schemas, manifest, "scorm12-driver.xsd") == "");
  }
  manifest = WriteManifest(package, ScormVersion::k2004);
  CHECK(manifest.find("<title>" + exact.substr(0, 2 * 199) + "…</title>") != std::string::npos);
  if (auto schemas = trainkit::test::SchemasFolder()) {
    CHECK(SchemaErrors(*schemas, manifest, "scorm2004-4th-driver.xsd") == "");
  }
}
