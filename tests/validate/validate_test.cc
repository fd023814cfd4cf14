// Rules whose every case the one-file-per-code tests in tests/diagnostics cannot show.
#include "trainkit/validate/validate.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "../support/temp_dir.h"

using namespace trainkit;

namespace {

// A valid curriculum with two audiences; `modules` and `track` are spliced in.
std::string Curriculum(const std::string& modules, const std::string& track,
                       const std::string& facts = "") {
  return R"(<curriculum xmlns="urn:trainkit:curriculum:1" id="c" version="1.0" date="2026-01-01" xml:lang="en">
  <title>C</title><summary><p>S</p></summary><authors><author>A</author></authors><license>L</license>
  <audiences><audience id="police">Police</audience><audience id="general-public">Public</audience></audiences>
  <goals><goal id="g">G</goal></goals>
  <objectives><objective id="o" type="cognitive" goal="g">O</objective></objectives>
  <facts>)" + facts + R"(</facts>
)" + modules + "\n<tracks>" + track + "</tracks>\n</curriculum>\n";
}

std::vector<std::string> Check(const test::TempDir& dir, int check_year_day = 0) {
  Diagnostics diagnostics;
  auto loaded = reader::LoadCurriculum(dir.path(), diagnostics);
  validate::Options options{Date::FromDaysSinceEpoch(Date{2026, 11, 28}.DaysSinceEpoch() + check_year_day)};
  validate::Validate(loaded, options, diagnostics);
  std::vector<std::string> found;
  for (const auto& d : diagnostics.items()) found.push_back(std::string(Info(d.code).name) + ": " + d.message);
  return found;
}

const char* kTwoVariants = R"(
  <module id="first-response" minutes="60" objectives="o" audience="police"><title>F</title></module>
  <module id="safety-plan" minutes="60" objectives="o" exclude-audience="police"><title>S</title></module>
  <module id="close" minutes="30" objectives="o"><title>C</title></module>)";

}  // namespace

TEST_CASE("a track's budget is checked for each audience, counting only what it attends") {
  test::TempDir dir;
  SECTION("audience variants in the same slot add up to the budget for everyone") {
    dir.Write("curriculum.xml", Curriculum(kTwoVariants, R"(<track id="t" budget="105"><title>T</title>
      <module ref="first-response"/><module ref="safety-plan"/><break minutes="15">B</break>
      <module ref="close"/></track>)"));
    CHECK(Check(dir).empty());
  }
  SECTION("a track entry limited to one audience is over for it and under for the other") {
    dir.Write("curriculum.xml", Curriculum(kTwoVariants, R"(<track id="t" budget="90"><title>T</title>
      <module ref="first-response"/><module ref="close" audience="general-public"/></track>)"));
    CHECK(Check(dir) == std::vector<std::string>{
                            "W121: track 't' takes 30 minutes with its breaks for general-public, under its budget of 90 by 60",
                            "W121: track 't' takes 60 minutes with its breaks for police, under its budget of 90 by 30",
                        });
  }
}

// A curriculum with a phone fact, a law fact and an emergency number, and a Polish adaptation
// whose <facts> are `facts` (in English, so that no translation is expected).
void WriteFactCurriculum(const test::TempDir& dir, const std::string& facts, const std::string& policy = "") {
  dir.Write("curriculum.xml",
            Curriculum("<module id=\"m\" minutes=\"10\" objectives=\"o\"><title>M</title></module>",
                       "<track id=\"t\" budget=\"10\"><title>T</title><module ref=\"m\"/></track>",
                       policy + "<fact-def key=\"hotline\" kind=\"phone\">Hotline</fact-def>"
                                "<fact-def key=\"law\" kind=\"law-article\">Law</fact-def>"
                                "<fact-def key=\"emergency\" kind=\"emergency-phone\">Emergency</fact-def>"));
  dir.Write("countries/PL.xml", R"(<adaptation xmlns="urn:trainkit:curriculum:1" country="PL" xml:lang="en" based-on="1.0">
  <facts>)" + facts + "</facts></adaptation>");
}

TEST_CASE("the fact policy: a phone number needs a check, and each kind's check lasts its own time") {
  test::TempDir dir;
  SECTION("a phone number with only a source date has never been checked") {
    WriteFactCurriculum(dir, R"(<fact key="hotline" source="s" source-date="2026-11" number="1">1</fact>)");
    CHECK(Check(dir) == std::vector<std::string>{
                            "W134: phone number '1' of fact 'hotline' has not been checked: until a person "
                            "checks it with the operator and records checked=\"YYYY-MM-DD\" checked-how=\"...\", "
                            "participant outputs refuse it, or print it marked as not checked with "
                            "--allow-unchecked-facts"});
  }
  SECTION("a law or an emergency number without a check is not a warning: the guide lists the law") {
    WriteFactCurriculum(dir, R"(<fact key="law" source="s" source-date="2010">Art. 1</fact>
      <fact key="emergency" source="s" source-date="2009" number="112">112</fact>)");
    CHECK(Check(dir).empty());
  }
  SECTION("a phone check lasts 12 months to the day, a law's 36, an emergency number's for good") {
    WriteFactCurriculum(dir, R"(<fact key="hotline" source="s" source-date="2020" checked="2025-11-28" checked-how="called" number="1">1</fact>
      <fact key="law" source="s" source-date="2020" checked="2023-11-28" checked-how="read the gazette">Art. 1</fact>)");
    CHECK(Check(dir).empty());  // both due on the check date itself
    CHECK(Check(dir, 1) == std::vector<std::string>{
                               "W134: fact 'hotline' was last checked on 2025-11-28; a check of a phone fact is good "
                               "for 12 months (until 2026-11-28): check it again with its operator or the official "
                               "text, and update checked=\"...\"",
                               "W134: fact 'law' was last checked on 2023-11-28; a check of a law-article fact is "
                               "good for 36 months (until 2026-11-28): check it again with its operator or the "
                               "official text, and update checked=\"...\""});
  }
  SECTION("the curriculum declares its own limits") {
    WriteFactCurriculum(dir, R"(<fact key="hotline" source="s" source-date="2020" checked="2026-06-01" checked-how="called" number="1">1</fact>)",
                        R"(<freshness kind="phone" months="3"/>)");
    CHECK(Check(dir).size() == 1);
    WriteFactCurriculum(dir, R"(<fact key="hotline" source="s" source-date="2020" checked="2016-06-01" checked-how="called" number="1">1</fact>)",
                        R"(<freshness kind="phone" months="none"/>)");
    CHECK(Check(dir).empty());
  }
  SECTION("a check is a full day, with how it was made, and not in the future") {
    WriteFactCurriculum(dir, R"(<fact key="law" source="s" source-date="2020" checked="2026-11">Art. 1</fact>
      <fact key="emergency" source="s" source-date="2020" checked="2026-11-01" number="112">112</fact>
      <fact key="hotline" source="s" source-date="2027" checked="2026-12-01" checked-how="called" number="1">1</fact>)");
    CHECK(Check(dir) == std::vector<std::string>{
                            "E015: invalid value '2026-11' for 'checked': expected the full day a person checked the "
                            "value with its operator or the official text, as YYYY-MM-DD",
                            "E014: checked=\"...\" needs checked-how=\"...\": how the value was checked (\"called the "
                            "operator\", \"read the official gazette\")",
                            "E135: fact 'hotline' has a source dated 2027, after the check date 2026-11-28",
                            "E135: fact 'hotline' was checked on 2026-12-01, after the check date 2026-11-28"});
  }
  SECTION("the old 'verified' is read as the source's date, with a warning to rename it") {
    WriteFactCurriculum(dir, R"(<fact key="law" source="s" verified="2026-11">Art. 1</fact>)");
    CHECK(Check(dir) == std::vector<std::string>{
                            "W186: 'verified' is ambiguous and no longer read as a check: rename it "
                            "source-date=\"...\" if it is the date of the source, or record a real check as "
                            "checked=\"YYYY-MM-DD\" checked-how=\"...\""});
  }
  SECTION("a fact the country states it has no value for is neither missing nor set twice") {
    WriteFactCurriculum(dir, R"(<no-fact key="hotline">no national line yet</no-fact>
      <no-fact key="nothing">?</no-fact>)");
    CHECK(Check(dir) == std::vector<std::string>{
                            "E104: unknown fact 'nothing': the curriculum declares no such <fact-def>"});
    WriteFactCurriculum(dir, R"(<no-fact key="hotline">none</no-fact>
      <fact key="hotline" source="s" source-date="2020" checked="2026-11-01" checked-how="called" number="1">1</fact>
      <no-fact key="law"/>)");
    Diagnostics diagnostics;
    auto loaded = reader::LoadCurriculum(dir.path(), diagnostics);
    validate::Validate(loaded, validate::Options{Date{2026, 11, 28}}, diagnostics);
    REQUIRE(diagnostics.items().size() == 2);
    // The second, in the order written, is the one set twice; the first is named in the note.
    CHECK(diagnostics.items()[0].code == Code::E136);
    CHECK(diagnostics.items()[0].location.line == 3);
    CHECK(diagnostics.items()[0].notes.at(0).location.line == 2);
    CHECK(diagnostics.items()[1].code == Code::E016);
    CHECK(diagnostics.items()[1].message ==
          "<no-fact key=\"law\"> needs a text saying why nothing is printed and what to check; the facilitator "
          "guide shows it");
  }
}

TEST_CASE("an image reached through a symbolic link out of the folder is refused") {
  test::TempDir outside;
  test::TempDir dir;
  outside.Write("secret.png", "\x89PNG\r\n\x1a\n");
  std::filesystem::create_directories(dir.path() / "media");
  std::filesystem::create_symlink(outside.path() / "secret.png", dir.path() / "media/diagram.png");
  dir.Write("curriculum.xml",
            Curriculum("<module id=\"m\" minutes=\"10\" objectives=\"o\"><title>M</title>"
                       "<section id=\"s\"><title>S</title><image src=\"media/diagram.png\" alt=\"a\"/></section></module>",
                       "<track id=\"t\" budget=\"10\"><title>T</title><module ref=\"m\"/></track>"));
  CHECK(Check(dir) == std::vector<std::string>{
                          "E142: image 'media/diagram.png' leads outside the curriculum folder through a symbolic link"});
}

TEST_CASE("an adaptation's own modules may teach objectives and be translated only by id") {
  test::TempDir dir;
  dir.Write("curriculum.xml",
            Curriculum("<module id=\"m\" minutes=\"10\" objectives=\"o\"><title>M</title></module>",
                       "<track id=\"t\" budget=\"10\"><title>T</title><module ref=\"m\"/></track>"));
  dir.Write("countries/MD.xml", R"(<adaptation xmlns="urn:trainkit:curriculum:1" country="MD" xml:lang="ro-MD" based-on="1.0">
  <add-module after="m"><module id="m" minutes="5" objectives="o x"><title>Nou</title></module></add-module>
  <translate ref="mm"><title>M</title></translate>
</adaptation>)");
  CHECK(Check(dir) == std::vector<std::string>{
                          "E101: duplicate id 'm': a module already has it; ids are unique across the whole curriculum",
                          "E102: unknown objective 'x'",
                          "E102: <translate> names no id 'mm' in the curriculum; did you mean 'm'?",
                      });
}

TEST_CASE("translations must fit what they translate") {
  test::TempDir dir;
  dir.Write("curriculum.xml",
            Curriculum("<module id=\"m\" minutes=\"10\" objectives=\"o\"><title>M</title></module>",
                       "<track id=\"t\" budget=\"10\"><title>T</title><module ref=\"m\"/></track>"));
  dir.Write("countries/BG.xml", R"(<adaptation xmlns="urn:trainkit:curriculum:1" country="BG" xml:lang="bg" based-on="1.0">
  <translate ref="m">Модул</translate>
  <translate ref="g"><title>Цел</title></translate>
  <translate ref="o"></translate>
  <translate ref="t"><title>Програма</title></translate>
</adaptation>)");
  CHECK(Check(dir) == std::vector<std::string>{
                          "E161: the translation of module 'm' has text outside any element; it takes <title> and <summary>",
                          "E161: the translation of goal 'g' has a <title>; it takes its text, directly inside <translate>",
                          "E161: the translation of objective 'o' is empty; it takes its text, directly inside <translate>",
                      });
}

TEST_CASE("messages that name a kind of id put 'an' before a vowel") {
  test::TempDir dir;
  dir.Write("curriculum.xml",
            Curriculum(R"(<module id="m" minutes="10" objectives="o g"><title>M</title>
  <activity id="police" method="plenary" minutes="5" delivery="classroom"><title>A</title><steps><step>S</step></steps></activity></module>)",
                       "<track id=\"t\" budget=\"10\"><title>T</title><module ref=\"m\"/></track>"));
  dir.Write("countries/BG.xml", R"(<adaptation xmlns="urn:trainkit:curriculum:1" country="BG" xml:lang="en" based-on="1.0">
  <replace><activity id="m" method="plenary" minutes="5" delivery="classroom"><title>A</title><steps><step>S</step></steps></activity></replace>
  <remove ref="o"/>
</adaptation>)");
  CHECK(Check(dir) == std::vector<std::string>{
                          "E101: duplicate id 'police': an audience already has it; ids are unique across the whole curriculum",
                          "E102: 'g' is a goal, not an objective",
                          "E160: 'm' is a module, but <replace> holds an activity",
                          "E160: 'o' is an objective; <remove> takes a module, section, activity, item, key message or handout",
                      });
}

TEST_CASE("a file name and a country that disagree are both named, with their countries") {
  test::TempDir dir;
  dir.Write("curriculum.xml",
            Curriculum("<module id=\"m\" minutes=\"10\" objectives=\"o\"><title>M</title></module>",
                       "<track id=\"t\" budget=\"10\"><title>T</title><module ref=\"m\"/></track>"));
  auto adaptation = [](const std::string& country) {
    return R"(<adaptation xmlns="urn:trainkit:curriculum:1" country=")" + country +
           R"(" xml:lang="en" based-on="1.0"/>)";
  };
  dir.Write("countries/RS.xml", adaptation("SR"));
  dir.Write("countries/serbia.xml", adaptation("RS"));
  dir.Write("countries/UA.xml", adaptation("UX"));
  CHECK(Check(dir) == std::vector<std::string>{
                          "E131: the file name says RS (Serbia), but country=\"SR\" says Suriname: which is "
                          "meant? Rename the file SR.xml, or set country=\"RS\"",
                          "E130: unknown country code 'UX': use an ISO 3166-1 alpha-2 code in capitals; did you "
                          "mean 'UA'?",
                          "E131: the adaptation for RS (Serbia) is in serbia.xml; name the file RS.xml",
                      });
}

TEST_CASE("a source without a date says so, and a fact policy gives each kind once") {
  test::TempDir dir;
  WriteFactCurriculum(dir, R"(<fact key="law" source="a page with no date" source-date="undated">Art. 1</fact>)");
  CHECK(Check(dir).empty());
  WriteFactCurriculum(dir, R"(<fact key="law" source="s" source-date="someday">Art. 1</fact>)");
  CHECK(Check(dir) == std::vector<std::string>{
                          "E015: invalid value 'someday' for 'source-date': expected the date of the source, as "
                          "YYYY-MM-DD (or YYYY-MM, or YYYY when the source gives no more, or 'undated' when it gives "
                          "none)"});
  WriteFactCurriculum(dir, "", R"(<freshness kind="phone" months="12"/><freshness kind="phone" months="none"/>)");
  CHECK(Check(dir) == std::vector<std::string>{"E018: <freshness kind=\"phone\"> given twice: one policy per kind"});
}

TEST_CASE("a track's goals name goals and audiences that exist") {
  test::TempDir dir;
  dir.Write("curriculum.xml",
            Curriculum("<module id=\"m\" minutes=\"10\" objectives=\"o\"><title>M</title></module>",
                       "<track id=\"t\" budget=\"10\"><title>T</title><goal ref=\"g\" audience=\"polce\"/>"
                       "<goal ref=\"gg\"/><module ref=\"m\"/></track>"));
  CHECK(Check(dir) == std::vector<std::string>{
                          "E102: unknown goal 'gg'; did you mean 'g'?",
                          "E103: unknown audience 'polce'; did you mean 'police'?",
                      });
}

TEST_CASE("translations checked on a thread of their own give the diagnostics of one thread, in its order") {
  // Also one with diagnostics of both kinds: an outdated translation (W165) and a country's
  // unchecked phone number (W134).
  std::vector<std::filesystem::path> folders;
  test::TempDir dir;
  dir.CopyFromSource("tests/diagnostics/W165", "both");
  dir.CopyFromSource("tests/diagnostics/W134/countries", "both/countries");
  for (std::filesystem::path folder : {"tests/diagnostics/E163", "tests/diagnostics/E166", "tests/diagnostics/E168",
                                       "tests/diagnostics/W164", "tests/diagnostics/W165",
                                       "curricula/trafficking-in-women"}) {
    folders.push_back(std::filesystem::path(TRAINKIT_SOURCE_DIR) / folder);
  }
  folders.push_back(dir.path() / "both");
  for (const std::filesystem::path& folder : folders) {
    INFO(folder.string());
    auto check = [&](unsigned threads) {
      Diagnostics diagnostics;
      auto loaded = reader::LoadCurriculum(folder, diagnostics);
      REQUIRE_FALSE(loaded.translations.empty());
      validate::Options options{Date{2026, 11, 28}};
      options.threads = threads;
      validate::Validate(loaded, options, diagnostics);
      std::vector<std::string> found;
      for (const auto& d : diagnostics.items()) {
        found.push_back(d.location.ToString() + " " + std::string(Info(d.code).name) + ": " + d.message);
      }
      return found;
    };
    std::vector<std::string> one = check(1);
    CHECK_FALSE(one.empty());
    CHECK(check(2) == one);
    if (folder == dir.path() / "both") {
      auto has = [&](const char* code) {
        return std::any_of(one.begin(), one.end(), [&](const std::string& d) { return d.find(code) != std::string::npos; });
      };
      CHECK(has(" W165: "));
      CHECK(has(" W134: "));
    }
  }
}
