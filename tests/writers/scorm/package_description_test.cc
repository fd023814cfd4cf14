// What the SCORM manifest says about a program resolved in process from the minimal curriculum.
#include "trainkit/writers/scorm/package_description.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "trainkit/reader/load.h"
#include "trainkit/resolve/resolve.h"

using namespace trainkit;

namespace {

resolve::ResolvedProgram Program(const std::string& country, const std::string& audience) {
  Diagnostics ignored;
  auto loaded = reader::LoadCurriculum(std::filesystem::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal", ignored);
  auto resolved = resolve::Resolve(loaded, {country, audience, "", "", Date{2026, 11, 28}}, ignored);
  REQUIRE(std::holds_alternative<resolve::ResolvedProgram>(resolved));
  return std::get<resolve::ResolvedProgram>(resolved);
}

}  // namespace

TEST_CASE("a package's identifier names curriculum, country, audience and track") {
  CHECK(writers::scorm::PackageIdentifier(Program("UA", "police")) == "trainkit.minimal.UA.police.short");
  CHECK(writers::scorm::PackageIdentifier(Program("", "general-public")) ==
        "trainkit.minimal.intl.general-public.short");
  // An id may start with a digit; an xs:ID may not.
  resolve::ResolvedProgram program = Program("", "police");
  program.curriculum_id = "2026-update";
  CHECK(writers::scorm::PackageIdentifier(program) == "trainkit.2026-update.intl.police.short");
}

TEST_CASE("a package is described in the program's language with its pass mark") {
  resolve::ResolvedProgram program = Program("UA", "police");
  program.pass_mark = 65;
  auto package = writers::scorm::DescribePackage(resolve::ParticipantViewOf(program), "1.0+0123abcd",
                                                 {"index.html", "player/player.js"});
  // The audience and the track: every package of the curriculum reads apart in a course list.
  CHECK(package.title == "Мінімальна навчальна програма — Поліція та прикордонники (Коротке заняття)");
  CHECK(package.description == "Найменша програма, що використовує кожну частину формату один раз.");
  CHECK(package.language == "uk");
  CHECK(package.version == "1.0+0123abcd");
  CHECK(package.mastery_percent == 65);
  CHECK(package.files == std::vector<std::string>{"index.html", "player/player.js"});
  CHECK(std::find(package.keywords.begin(), package.keywords.end(), "UA") != package.keywords.end());
}

TEST_CASE("a program with no post-test question has no mastery score") {
  resolve::ResolvedProgram program = Program("UA", "police");
  for (auto& module : program.modules) {
    for (auto& question : module.participant.questions) question.uses = {model::ItemUse::kCheck};
  }
  auto package = writers::scorm::DescribePackage(resolve::ParticipantViewOf(program), "1.0+0123abcd", {"index.html"});
  CHECK_FALSE(package.mastery_percent.has_value());
  std::string manifest12 = writers::scorm::WriteManifest(package, writers::scorm::ScormVersion::k12);
  std::string manifest2004 = writers::scorm::WriteManifest(package, writers::scorm::ScormVersion::k2004);
  CHECK(manifest12.find("masteryscore") == std::string::npos);
  CHECK(manifest2004.find("minNormalizedMeasure") == std::string::npos);
  CHECK(manifest2004.find("<item identifier=\"ITEM\" identifierref=\"RES\">") != std::string::npos);
}
