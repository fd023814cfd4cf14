#include "trainkit/resolve/resolve.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "../support/temp_dir.h"
#include "trainkit/writers/dump_writer.h"
#include "trainkit/render/plain_text.h"

using namespace trainkit;
using resolve::ResolvedProgram;
using render::PlainText;

namespace {

// A curriculum with something at every level that an audience condition, a fact or an
// adaptation can act on.
const char* kCurriculum = R"(<curriculum xmlns="urn:trainkit:curriculum:1" id="c" version="1.0" date="2026-01-01" xml:lang="en">
  <title>Course</title><summary><p>About it.</p></summary><authors><author>A</author></authors><license>L</license>
  <audiences><audience id="police">Police</audience><audience id="public">Public</audience></audiences>
  <goals><goal id="g">Understand</goal><goal id="g2">Act</goal></goals>
  <objectives>
    <objective id="o" type="cognitive" goal="g">Name the elements</objective>
    <objective id="o2" type="behavioural" goal="g2">Refer</objective>
  </objectives>
  <facts>
    <fact-def key="law" kind="law-article" required="true">the national law</fact-def>
    <fact-def key="hotline" kind="phone">the national hotline</fact-def>
  </facts>
  <glossary>
    <term id="t-all"><name>Act</name><definition>What is done.</definition></term>
    <term id="t-police" audience="police"><name>Indicator</name><definition>A sign.</definition></term>
  </glossary>
  <module id="m1" minutes="30" objectives="o">
    <title>First</title>
    <materials><item>Flipchart</item><item audience="police">Case files</item></materials>
    <section id="s1">
      <title>Law of <fact ref="law"/></title>
      <p>Everyone reads this.</p>
      <p audience="police">Only police read this.</p>
      <p>Call <fact ref="hotline"/>.</p>
      <ul><li>Always</li><li>Hotline: <fact ref="hotline"/></li><li exclude-audience="police">Not police</li></ul>
      <table><tr><th>What</th><th>Where</th></tr><tr><td>Law</td><td><fact ref="law"/></td></tr><tr><td>Hotline</td><td><fact ref="hotline"/></td></tr></table>
      <facilitator-note><p>A note for the facilitator about this section.</p></facilitator-note>
    </section>
    <section id="s-trainer" for="facilitators"><title>Trainer only</title><p>Answer key for the flipchart.</p></section>
    <section id="s-police" audience="police"><title>Police section</title><p>Procedures.</p></section>
    <safety-note><p>Take care.</p></safety-note>
    <activity id="a1" method="small-group-discussion" minutes="20" group-size="4-5">
      <title>Groups</title>
      <steps><step minutes="5">Form groups.</step><step minutes="10" audience="public">Public step.</step><step minutes="15" audience="police">Police step.</step></steps>
      <worksheet><prompt>Why?</prompt></worksheet>
      <debrief><question>What did you learn?</question><question audience="police">What would you do?</question></debrief>
      <facilitator-note><p>Watch the time.</p></facilitator-note>
    </activity>
    <key-messages><message id="k1">Key.</message><message id="k-police" audience="police">Police key.</message></key-messages>
    <handout id="h1"><title>Handout</title><p>Take home.</p></handout>
    <assessment>
      <item id="q1" type="single-choice" objectives="o"><question>Q?</question><choice>No</choice><choice correct="true">Yes</choice><explanation>Because.</explanation></item>
      <item id="q-police" type="true-false" answer="true" audience="police"><question>Police?</question><explanation>Yes.</explanation></item>
    </assessment>
  </module>
  <module id="m2" minutes="20" objectives="o2" audience="police"><title>Second</title></module>
  <module id="m2-public" minutes="20" objectives="o" audience="public"><title>Second for the public</title></module>
  <tracks>
    <track id="day" budget="65" start="09:30"><title>Day</title>
      <module ref="m1"/><break id="b1" minutes="15">Coffee</break><module ref="m2"/><module ref="m2-public"/>
    </track>
    <track id="short" budget="30"><title>Short</title><module ref="m1"/></track>
  </tracks>
</curriculum>)";

struct Fixture {
  explicit Fixture(const std::string& adaptation = "") {
    dir.Write("curriculum.xml", kCurriculum);
    if (!adaptation.empty()) dir.Write("countries/UA.xml", adaptation);
    loaded = reader::LoadCurriculum(dir.path(), load_diagnostics);
    REQUIRE(load_diagnostics.items().empty());
  }
  ResolvedProgram Resolve(const std::string& country, const std::string& audience, const std::string& track = "",
                          const std::string& language = "") {
    auto result = resolve::Resolve(loaded, {country, audience, track, language, Date{2026, 11, 28}}, diagnostics);
    REQUIRE(std::holds_alternative<ResolvedProgram>(result));
    return std::get<ResolvedProgram>(result);
  }
  std::string Error(const std::string& country, const std::string& audience, const std::string& track = "",
                    const std::string& language = "") {
    auto result = resolve::Resolve(loaded, {country, audience, track, language, Date{2026, 11, 28}}, diagnostics);
    REQUIRE(std::holds_alternative<resolve::RequestError>(result));
    return std::get<resolve::RequestError>(result).message;
  }
  std::vector<std::string> Codes() const {
    std::vector<std::string> codes;
    for (const auto& d : diagnostics.items()) codes.push_back(std::string(Info(d.code).name) + " " + d.message);
    return codes;
  }
  test::TempDir dir;
  Diagnostics load_diagnostics;
  reader::LoadedCurriculum loaded;
  Diagnostics diagnostics;
};

std::string Adaptation(const std::string& body, const std::string& facts =
                       R"(<fact key="law" source="s" source-date="2026-10">Article 149</fact>)") {
  return R"(<adaptation xmlns="urn:trainkit:curriculum:1" country="UA" xml:lang="en" based-on="1.0"><facts>)" + facts +
         "</facts>" + body + "</adaptation>";
}

std::vector<std::string> Texts(const model::Blocks& blocks) {
  std::vector<std::string> texts;
  for (const auto& block : blocks) {
    if (const auto* p = std::get_if<model::Paragraph>(&block.value)) texts.push_back(PlainText(p->content));
    if (const auto* l = std::get_if<model::List>(&block.value)) {
      for (const auto& item : l->items) texts.push_back("li " + PlainText(item.content));
    }
    if (const auto* t = std::get_if<model::Table>(&block.value)) {
      for (const auto& row : t->rows) texts.push_back("tr " + PlainText(row.cells[0].content));
    }
  }
  return texts;
}

}  // namespace

TEST_CASE("the agenda follows the track for the audience, on the clock") {
  Fixture f;
  ResolvedProgram police = f.Resolve("", "police");
  CHECK(police.track == "day");
  REQUIRE(police.agenda.size() == 3);
  CHECK(police.start_minute == 9 * 60 + 30);
  CHECK(police.agenda[1].start_minute == 10 * 60);
  CHECK(police.modules.size() == 2);
  CHECK(police.modules[1].id == "m2");
  CHECK(police.modules[1].start_minute == 10 * 60 + 15);
  CHECK(police.end_minute == 10 * 60 + 35);
  const auto& activity = police.modules[0].facilitator.activities[0];
  CHECK(activity.start_minute == 9 * 60 + 30);
  REQUIRE(activity.steps.size() == 2);
  CHECK(activity.steps[1].start_minute == 9 * 60 + 35);  // the public step is not on the police clock
  CHECK(f.Resolve("", "public").modules[1].id == "m2-public");
  CHECK(f.Resolve("", "police", "short").modules.size() == 1);
}

TEST_CASE("audience conditions apply at every level") {
  Fixture f;
  ResolvedProgram police = f.Resolve("", "police");
  ResolvedProgram pub = f.Resolve("", "public");
  const auto& pm = police.modules[0];
  const auto& um = pub.modules[0];
  CHECK(pm.participant.sections.size() == 2);  // s1 and s-police
  CHECK(um.participant.sections.size() == 1);
  CHECK(Texts(pm.participant.sections[0].blocks)[1] == "Only police read this.");
  CHECK(Texts(um.participant.sections[0].blocks)[1] != "Only police read this.");
  CHECK(pm.facilitator.materials.size() == 2);
  CHECK(um.facilitator.materials.size() == 1);
  CHECK(pm.facilitator.activities[0].debrief.size() == 2);
  CHECK(um.facilitator.activities[0].debrief.size() == 1);
  CHECK(PlainText(um.facilitator.activities[0].steps[1].text) == "Public step.");
  CHECK(pm.participant.key_messages.size() == 2);
  CHECK(um.participant.key_messages.size() == 1);
  CHECK(pm.participant.questions.size() == 2);
  CHECK(um.participant.questions.size() == 1);
  CHECK(police.glossary.size() == 2);
  CHECK(pub.glossary.size() == 1);
}

TEST_CASE("facilitator material is kept apart from what participants see") {
  Fixture f;
  ResolvedProgram program = f.Resolve("", "police");
  const auto& m = program.modules[0];
  REQUIRE(m.facilitator.trainer_sections.size() == 1);
  CHECK(m.facilitator.trainer_sections[0].id == "s-trainer");
  for (const auto& section : m.participant.sections) CHECK(section.id != "s-trainer");
  CHECK(m.facilitator.section_notes.at("s1").size() == 1);
  CHECK(m.facilitator.activities[0].notes.size() == 1);
  REQUIRE(m.facilitator.answers.size() == 2);
  CHECK(m.facilitator.answers[0].correct_choices == std::vector<size_t>{1});
  CHECK(m.facilitator.answers[1].answer == true);
  // The guide walks the module in document order.
  REQUIRE(m.facilitator.order.size() == 5);
  CHECK(std::holds_alternative<resolve::SectionStep>(m.facilitator.order[0]));
  CHECK(std::holds_alternative<resolve::TrainerSectionStep>(m.facilitator.order[1]));
  CHECK(std::holds_alternative<resolve::SectionStep>(m.facilitator.order[2]));
  CHECK(std::get<resolve::FacilitatorNote>(m.facilitator.order[3]).safety);
  CHECK(std::holds_alternative<resolve::ActivityStep>(m.facilitator.order[4]));
}

TEST_CASE("a passage whose fact the country does not set is left out, never printed with a gap") {
  SECTION("the international version sets no facts") {
    Fixture f;
    ResolvedProgram program = f.Resolve("", "public");
    const auto& m = program.modules[0];
    // The fact's label stands in a title, which cannot be left out; emphasis marks it.
    CHECK(PlainText(m.participant.sections[0].title) == "Law of the national law");
    CHECK(std::holds_alternative<model::Emphasis>(m.participant.sections[0].title.at(1).value));
    // Both data rows name a fact: the table's header row alone would say nothing, so it goes.
    CHECK(Texts(m.participant.sections[0].blocks) ==
          std::vector<std::string>{"Everyone reads this.", "li Always", "li Not police"});
  }
  SECTION("a country that sets one fact of two") {
    Fixture f(Adaptation(""));
    ResolvedProgram program = f.Resolve("UA", "public");
    const auto& m = program.modules[0];
    CHECK(PlainText(m.participant.sections[0].title) == "Law of Article 149");
    CHECK(Texts(m.participant.sections[0].blocks) ==
          std::vector<std::string>{"Everyone reads this.", "li Always", "li Not police", "tr What", "tr Law"});
    CHECK(program.facts.count("law") == 1);
    CHECK(program.left_out == std::map<std::string, int>{{"hotline", 3}});
    CHECK(f.Codes() == std::vector<std::string>{
                           "W174 UA does not set fact 'hotline': 3 passages that use it are left out for public",
                           "W170 goal 'g2' is not taught to public in track 'day' for UA: no module of it teaches one of "
                           "the goal's objectives"});
  }
}

TEST_CASE("adaptation operations replace, append, remove and add") {
  Fixture f(Adaptation(R"(
    <replace><section id="s1"><title>Ours</title><p>Our law is <fact ref="law"/>.</p></section></replace>
    <append to="m1"><section id="s-extra"><title>Extra</title><p>More.</p></section>
      <item id="q-extra" type="true-false" answer="false"><question>Extra?</question><explanation>No.</explanation></item></append>
    <remove ref="k1"/>
    <remove ref="m2-public"/>
    <add-module after="m1"><module id="m-local" minutes="10" objectives="o"><title>Local</title></module></add-module>
  )"));
  ResolvedProgram program = f.Resolve("UA", "public");
  const auto& m = program.modules[0];
  CHECK(Texts(m.participant.sections[0].blocks) == std::vector<std::string>{"Our law is Article 149."});
  REQUIRE(m.participant.sections[0].provenance.replaces);
  CHECK(m.participant.sections[0].provenance.ToString().find("countries/UA.xml:2:") != std::string::npos);
  CHECK(m.participant.sections[0].provenance.ToString().find("(replaces ") != std::string::npos);
  CHECK(m.participant.sections.back().id == "s-extra");
  CHECK(m.participant.questions.back().id == "q-extra");
  CHECK(m.participant.key_messages.empty());
  std::vector<std::string> modules;
  for (const auto& module : program.modules) modules.push_back(module.id);
  CHECK(modules == std::vector<std::string>{"m1", "m-local"});
  // 30 + 10 + 15 = 55 of a budget of 65 for the public in Ukraine.
  CHECK(std::find(f.Codes().begin(), f.Codes().end(),
                  "W121 track 'day' takes 55 minutes with its breaks for public in UA, under its budget of 65 by 10") !=
        f.Codes().end());
}

TEST_CASE("translations give the text in the adaptation's language and are counted") {
  std::string adaptation = R"(<adaptation xmlns="urn:trainkit:curriculum:1" country="UA" xml:lang="uk" based-on="1.0">
    <facts><fact key="law" source="s" source-date="2026-10">ст. 149</fact></facts>
    <translate ref="m1"><title>Перший</title></translate>
    <translate ref="k1">Ключ.</translate>
    <translate ref="law">національний закон</translate>
    <translate ref="q1"><question>Питання?</question><choice>Ні</choice><choice>Так</choice><explanation>Тому що.</explanation></translate>
  </adaptation>)";
  Fixture f(adaptation);
  ResolvedProgram program = f.Resolve("UA", "public");
  CHECK(program.language == "uk");
  const auto& m = program.modules[0];
  CHECK(PlainText(m.participant.title) == "Перший");
  CHECK(m.provenance.translated);
  CHECK(PlainText(m.participant.key_messages[0].text) == "Ключ.");
  CHECK(PlainText(program.facts.at("law").label) == "національний закон");
  CHECK(PlainText(m.participant.questions[0].choices[1]) == "Так");
  CHECK(m.facilitator.answers[0].correct_choices == std::vector<size_t>{1});
  CHECK_FALSE(m.participant.sections[0].provenance.translated);
  CHECK(program.translation.translated == 3);
  CHECK(program.translation.units > 3);

  ResolvedProgram english = f.Resolve("UA", "public", "", "en");
  CHECK(PlainText(english.modules[0].participant.title) == "First");
  CHECK(english.translation.units == 0);
}

TEST_CASE("a request for something the curriculum lacks names what exists") {
  Fixture f(Adaptation(""));
  CHECK(f.Error("RO", "police") ==
        "unknown country 'RO'; leave out --country for the international version; countries with an adaptation: UA");
  CHECK(f.Error("", "polce") == "unknown audience 'polce' (did you mean 'police'?); audiences: police, public");
  CHECK(f.Error("", "police", "dya") == "unknown track 'dya' (did you mean 'day'?); tracks: day, short");
  CHECK(f.Error("UA", "police", "", "pl") == "unknown language 'pl'; languages: en");
}

TEST_CASE("an adaptation can offer fewer audiences") {
  Fixture f(Adaptation("").replace(std::string(R"(<adaptation xmlns="urn:trainkit:curriculum:1" country="UA" xml:lang="en" based-on="1.0">)").size(), 0,
                                   R"(<audiences only="police"/>)"));
  CHECK(f.Error("UA", "public") == "unknown audience 'public'; audiences offered in UA: police");
  CHECK(f.Resolve("UA", "police").audience == "police");
}
