// The SCORM 1.2 and 2004 packages of every shipped program (curriculum × country × audience ×
// track), in every language and script: each manifest validated by xmllint against the official
// schemas, every file listed, every file the page refers to present, nothing facilitator-only.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "trainkit/writer_context.h"
#include "../../support/program_texts.h"
#include "../../support/run_process.h"
#include "../../support/shipped_programs.h"
#include "../../support/skip.h"
#include "../../support/temp_dir.h"
#include "trainkit/package/zip_reader.h"
#include "trainkit/render/html/html_writer.h"
#include "trainkit/writers/scorm/package_description.h"

using namespace trainkit;
namespace fs = std::filesystem;

namespace {

// Every value of `attribute` in `text` ("href", "src").
std::set<std::string> AttributeValues(const std::string& text, const std::string& attribute) {
  std::set<std::string> values;
  std::regex pattern("\\s" + attribute + "=\"([^\"]*)\"");
  for (auto match = std::sregex_iterator(text.begin(), text.end(), pattern); match != std::sregex_iterator(); ++match) {
    values.insert((*match)[1]);
  }
  return values;
}

// A reference to a file of the package, not a link out, a phone number, inline data or a place
// on the page.
bool IsPackageFile(const std::string& reference) {
  static const std::regex external("^(#|https?:|mailto:|tel:|data:)");
  return !std::regex_search(reference, external);
}

std::map<std::string, std::string> Export(const resolve::ResolvedProgram& program, const char* format) {
  const writers::Writer* writer = writers::FindWriter(format);
  REQUIRE(writer);
  writers::WriterContext context;
  fs::path source(TRAINKIT_SOURCE_DIR);
  REQUIRE(MakeWriterContext(*writer, program, source / "templates", source / "curricula" / program.curriculum_id,
                                 "", context)
              .ok());
  // Nobody has checked the shipped curricula's phone numbers yet: print them, marked.
  context.allow_unchecked_facts = true;
  std::string bytes;
  Diagnostics diagnostics;
  REQUIRE(writers::WriteBytes(*writer, program, context, bytes, diagnostics).ok());
  std::map<std::string, std::string> files;
  REQUIRE(package::ReadZip(bytes, files).ok());
  return files;
}

}  // namespace

TEST_CASE("the SCORM packages of every shipped program are valid and complete and hold nothing facilitator-only") {
  test::TempDir dir;
  std::map<std::string, std::vector<std::string>> manifests;  // by schema driver
  std::set<std::string> identifiers;
  for (const auto& program : test::ShippedPrograms()) {
    std::string identifier = writers::scorm::PackageIdentifier(program);
    INFO(identifier);
    CHECK(identifiers.insert(identifier).second);
    std::vector<std::string> facilitator_texts;  // looked for in the page, escaped as it would be
    for (const auto& text : test::FacilitatorTexts(program)) {
      if (test::IsGuidanceSentence(text)) facilitator_texts.push_back(render::html::EscapeHtml(text));
    }
    CHECK(!facilitator_texts.empty());
    for (const auto& [format, driver] : {std::pair{"scorm12", "scorm12-driver.xsd"},
                                         std::pair{"scorm2004", "scorm2004-4th-driver.xsd"}}) {
      INFO(format);
      auto files = Export(program, format);
      REQUIRE(files.count("imsmanifest.xml"));
      REQUIRE(files.count("index.html"));
      const std::string& manifest = files["imsmanifest.xml"];
      const std::string& page = files["index.html"];

      // The manifest lists exactly the package's files.
      std::set<std::string> listed = AttributeValues(manifest, "href");
      listed.erase("index.html");  // also the resource's launch page
      std::set<std::string> packaged;
      for (const auto& [name, bytes] : files) {
        CHECK(name.find('\\') == std::string::npos);
        if (name != "imsmanifest.xml" && name != "index.html") packaged.insert(name);
      }
      CHECK(listed == packaged);
      CHECK(manifest.find("<file href=\"index.html\"/>") != std::string::npos);

      // Every file the page loads is in the package.
      int references = 0;
      for (const char* attribute : {"src", "href"}) {
        for (const auto& reference : AttributeValues(page, attribute)) {
          if (!IsPackageFile(reference)) continue;
          ++references;
          CHECK(files.count(reference) == 1);
        }
      }
      CHECK(references >= 3);  // the style sheet and the two scripts at least
      CHECK(page.find("lang=\"" + program.language + "\"") != std::string::npos);
      for (const auto& text : facilitator_texts) {
        INFO(text);
        CHECK(page.find(text) == std::string::npos);
      }
      manifests[driver].push_back(dir.Write(identifier + "/" + format + ".xml", manifest));
    }
  }
  CHECK(identifiers.size() >= 90);
  auto schemas = test::SchemasFolder();
  if (!schemas) return;
  for (const auto& [driver, files] : manifests) {
    std::vector<std::string> arguments = {"--noout", "--nonet", "--schema", (*schemas / driver).string()};
    arguments.insert(arguments.end(), files.begin(), files.end());
    auto result = test::Run(TRAINKIT_XMLLINT, arguments, dir.path());
    INFO(result.err);
    CHECK(result.exit_code == 0);
  }
}
