// The manifest metadata of every shipped program (curriculum × country × audience × track), in
// every language and script, validated by xmllint against the official SCORM schemas.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

#include "../../support/run_process.h"
#include "../../support/shipped_programs.h"
#include "../../support/temp_dir.h"
#include "trainkit/writers/scorm/package_description.h"

using namespace trainkit;
namespace fs = std::filesystem;

TEST_CASE("the manifests of every shipped program validate, each with its own identifier") {
  test::TempDir dir;
  std::vector<std::string> manifests12, manifests2004;
  std::set<std::string> identifiers;
  for (const auto& program : test::ShippedPrograms()) {
    auto package = writers::scorm::DescribePackage(program, {"index.html"});
    INFO(package.identifier);
    CHECK(identifiers.insert(package.identifier).second);
    manifests12.push_back(dir.Write(package.identifier + "/scorm12.xml",
                                    writers::scorm::WriteManifest(package, writers::scorm::ScormVersion::k12)));
    manifests2004.push_back(dir.Write(package.identifier + "/scorm2004.xml",
                                      writers::scorm::WriteManifest(package, writers::scorm::ScormVersion::k2004)));
  }
  CHECK(identifiers.size() >= 90);
  fs::path schemas = fs::path(TRAINKIT_SOURCE_DIR) / ".." / "shared" / "schemas";
  for (const auto& [driver, files] : {std::pair{"scorm12-driver.xsd", manifests12},
                                      std::pair{"scorm2004-4th-driver.xsd", manifests2004}}) {
    std::vector<std::string> arguments = {"--noout", "--nonet", "--schema", (schemas / driver).string()};
    arguments.insert(arguments.end(), files.begin(), files.end());
    auto result = test::Run(TRAINKIT_XMLLINT, arguments, dir.path());
    INFO(result.err);
    CHECK(result.exit_code == 0);
  }
}
