// A country shapes its own programs without touching the shared curriculum: audiences and
// tracks of its own, and restrictions of who sees what, checked as the base's are.
#include <catch2/catch.hpp>

#include <string>

#include "../support/run_process.h"
#include "../support/temp_dir.h"

using trainkit::test::RunTrainkit;

namespace {

// The minimal curriculum with a Polish adaptation holding `body` after its facts.
void WriteAdaptation(const trainkit::test::TempDir& dir, const std::string& body) {
  dir.CopyFromSource("tests/data/minimal", "minimal");
  dir.Write("minimal/countries/PL.xml",
            "<adaptation xmlns=\"urn:trainkit:curriculum:1\" country=\"PL\" xml:lang=\"pl\" based-on=\"1.0\">\n" + body +
                "\n</adaptation>\n");
}

const char* kFacts = R"(  <facts>
    <fact key="law.trafficking" source="Kodeks karny" source-date="2026-11" confidence="high">art. 189a Kodeksu karnego</fact>
  </facts>)";

}  // namespace

TEST_CASE("an adaptation adds an audience and a track of its own and restricts a section, and programs follow") {
  trainkit::test::TempDir dir;
  WriteAdaptation(dir, std::string(R"(  <audiences only="police">
    <audience id="labour-inspectors">Inspektorzy pracy</audience>
  </audiences>
)") + kFacts + R"(
  <tracks>
    <track id="pl-evening" budget="45" start="18:00">
      <title>Spotkanie wieczorne</title>
      <module ref="definition"/>
    </track>
  </tracks>
  <restrict ref="national-law" audience="labour-inspectors"/>)");
  auto validate = RunTrainkit({"validate", "minimal"}, dir.path());
  CHECK(validate.err.find("error[") == std::string::npos);
  CHECK(validate.exit_code == 0);

  // The country's audience, on the country's track.
  auto outline = RunTrainkit({"outline", "minimal", "--country", "PL", "--audience", "labour-inspectors", "--track",
                              "pl-evening", "--json"},
                             dir.path());
  REQUIRE(outline.exit_code == 0);
  CHECK(outline.out.find("\"track\": \"pl-evening\"") != std::string::npos);
  CHECK(outline.out.find("\"audience\": \"labour-inspectors\"") != std::string::npos);
  CHECK(outline.out.find("\"start\": \"18:00\"") != std::string::npos);

  // The restricted section: labour inspectors see it, the police no longer do.
  auto inspectors = RunTrainkit({"export", "minimal", "--country", "PL", "--audience", "labour-inspectors", "--format",
                                 "markdown", "-o", "-"},
                                dir.path());
  CHECK(inspectors.out.find("The law here") != std::string::npos);
  auto police = RunTrainkit({"export", "minimal", "--country", "PL", "--audience", "police", "--format", "markdown", "-o", "-"},
                            dir.path());
  CHECK(police.exit_code == 0);
  CHECK(police.out.find("The law here") == std::string::npos);
  // Other countries do not see the change.
  auto ukraine = RunTrainkit({"export", "minimal", "--country", "UA", "--audience", "police", "--format", "dump", "-o", "-"},
                             dir.path());
  CHECK(ukraine.out.find("section national-law") != std::string::npos);
  auto other = RunTrainkit({"outline", "minimal", "--country", "UA", "--audience", "labour-inspectors"}, dir.path());
  CHECK(other.exit_code == 2);

  auto diff = RunTrainkit({"diff", "minimal", "--country", "PL"}, dir.path());
  CHECK(diff.out.find("restricts section national-law to labour-inspectors") != std::string::npos);
}

TEST_CASE("a country's tracks, audiences and restrictions are checked as the base's are") {
  trainkit::test::TempDir dir;
  WriteAdaptation(dir, std::string(R"(  <audiences>
    <audience id="police">Policja</audience>
  </audiences>
)") + kFacts + R"(
  <tracks>
    <track id="short" budget="45"><title>Krótko</title><module ref="defintion"/></track>
  </tracks>
  <restrict ref="g-recognise" audience="police"/>
  <restrict ref="elements" audience="judges"/>)");
  auto validate = RunTrainkit({"validate", "minimal"}, dir.path());
  CHECK(validate.exit_code == 1);
  CHECK(validate.err.find("error[E101]: duplicate id 'police'") != std::string::npos);
  CHECK(validate.err.find("error[E101]: duplicate id 'short'") != std::string::npos);
  CHECK(validate.err.find("error[E102]: unknown module 'defintion'; did you mean 'definition'?") != std::string::npos);
  CHECK(validate.err.find("error[E160]: 'g-recognise' is a goal; <restrict> takes a module") != std::string::npos);
  CHECK(validate.err.find("error[E103]: unknown audience 'judges'") != std::string::npos);
}
