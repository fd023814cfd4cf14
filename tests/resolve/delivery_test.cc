// A program for a room with a facilitator and one for a person alone, from the same curriculum:
// content marked for one delivery is left out of the other, at every level that takes the mark.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../support/temp_dir.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/resolve/resolve.h"
#include "trainkit/validate/validate.h"

using namespace trainkit;
using model::Delivery;

namespace {

const char* kCurriculum = R"(<curriculum xmlns="urn:trainkit:curriculum:1" id="c" version="1.0" date="2026-01-01" xml:lang="en">
  <title>Course</title><summary><p>About it.</p></summary><authors><author>A</author></authors><license>L</license>
  <audiences><audience id="public">Public</audience></audiences>
  <goals><goal id="g">Understand</goal></goals>
  <objectives><objective id="o" type="cognitive" goal="g">Name the elements</objective></objectives>
  <module id="m1" minutes="60" objectives="o">
    <title>First</title>
    <section id="s-both"><title>Both</title>
      <p>Everyone reads this.</p>
      <p delivery="classroom">The support person is in the room all day.</p>
      <p delivery="self-paced">Stop whenever you need to.</p>
      <ul><li>Respect each other.</li><li delivery="classroom">One person speaks at a time.</li></ul>
    </section>
    <section id="s-room" delivery="classroom"><title>About today's quiz</title><p>There are ten questions.</p></section>
    <section id="s-alone" delivery="self-paced"><title>Looking after yourself</title><p>Go at your own pace.</p></section>
    <activity id="a-circle" method="circle" minutes="10" delivery="classroom"><title>Round</title>
      <steps><step minutes="10">Go round.</step></steps></activity>
    <activity id="a-alone" method="individual-work" minutes="45" delivery="self-paced"><title>On your own</title>
      <steps><step minutes="45">Write.</step></steps><worksheet><prompt>What would you check?</prompt></worksheet></activity>
    <activity id="a-read" method="mini-lecture" minutes="10"><title>Talk</title>
      <steps><step minutes="10">Explain.</step></steps></activity>
    <key-messages><message id="k1">Key.</message><message id="k-room" delivery="classroom">Thank the group.</message></key-messages>
    <handout id="h-form" delivery="classroom"><title>Evaluation form</title><prompt>What was useful?</prompt></handout>
    <assessment>
      <item id="q1" type="true-false" answer="true" use="post-test" objectives="o"><question>Q?</question><explanation>Yes.</explanation></item>
      <item id="q-room" type="true-false" answer="true" use="post-test" objectives="o" delivery="classroom"><question>Asked aloud?</question><explanation>Yes.</explanation></item>
    </assessment>
  </module>
  <module id="m-room" minutes="30" objectives="o" delivery="classroom"><title>Role plays</title></module>
  <tracks>
    <track id="day" budget="90"><title>Day</title><module ref="m1"/><module ref="m-room"/></track>
  </tracks>
</curriculum>)";

struct Fixture {
  Fixture() {
    dir.Write("curriculum.xml", kCurriculum);
    loaded = reader::LoadCurriculum(dir.path(), load_diagnostics);
  }
  resolve::ResolvedProgram Resolve(Delivery delivery) {
    Diagnostics diagnostics;
    auto result = resolve::Resolve(loaded, {"", "public", "", "", Date{2026, 11, 28}, delivery}, diagnostics);
    REQUIRE(std::holds_alternative<resolve::ResolvedProgram>(result));
    return std::get<resolve::ResolvedProgram>(result);
  }
  test::TempDir dir;
  Diagnostics load_diagnostics;
  reader::LoadedCurriculum loaded;
};

// Every text of the program's first module a participant could read, in order.
std::vector<std::string> Texts(const resolve::ResolvedProgram& program) {
  std::vector<std::string> texts;
  for (const auto& module : program.modules) texts.push_back("module " + render::PlainText(module.participant.title));
  const auto& m = program.modules.at(0).participant;
  for (const auto& section : m.sections) {
    texts.push_back("section " + render::PlainText(section.title));
    for (const auto& block : section.blocks) {
      if (const auto* p = std::get_if<model::Paragraph>(&block.value)) texts.push_back(render::PlainText(p->content));
      if (const auto* l = std::get_if<model::List>(&block.value)) {
        for (const auto& item : l->items) texts.push_back("li " + render::PlainText(item.content));
      }
    }
  }
  for (const auto& activity : m.activities) texts.push_back("activity " + render::PlainText(activity.title));
  for (const auto& message : m.key_messages) texts.push_back("key " + render::PlainText(message.text));
  for (const auto& handout : m.handouts) texts.push_back("handout " + render::PlainText(handout.title));
  for (const auto& question : m.questions) texts.push_back("question " + question.id);
  return texts;
}

}  // namespace

TEST_CASE("a classroom program leaves out what is for a person alone, and a self-paced one what is for the room") {
  Fixture f;
  REQUIRE(f.load_diagnostics.items().empty());
  auto classroom = f.Resolve(Delivery::kClassroom);
  CHECK(classroom.delivery == Delivery::kClassroom);
  CHECK(Texts(classroom) == std::vector<std::string>{
                                "module First", "module Role plays", "section Both", "Everyone reads this.",
                                "The support person is in the room all day.", "li Respect each other.",
                                "li One person speaks at a time.", "section About today's quiz", "There are ten questions.",
                                "activity Round", "activity Talk", "key Key.", "key Thank the group.",
                                "handout Evaluation form", "question q1", "question q-room"});
  // The facilitator's side stays parallel to what participants see.
  CHECK(classroom.modules[0].facilitator.activities.size() == classroom.modules[0].participant.activities.size());
  CHECK(classroom.modules[0].facilitator.answers.size() == classroom.modules[0].participant.questions.size());

  auto alone = f.Resolve(Delivery::kSelfPaced);
  CHECK(alone.delivery == Delivery::kSelfPaced);
  CHECK(Texts(alone) == std::vector<std::string>{"module First", "section Both", "Everyone reads this.",
                                                 "Stop whenever you need to.", "li Respect each other.",
                                                 "section Looking after yourself", "Go at your own pace.",
                                                 "activity On your own", "activity Talk", "key Key.", "question q1"});
  CHECK(alone.modules[0].facilitator.activities.size() == alone.modules[0].participant.activities.size());
  CHECK(alone.modules[0].facilitator.answers.size() == alone.modules[0].participant.questions.size());
}

// Also: the self-paced activity's 45 minutes do not count towards the room's 60 (no W113), and
// the track's 90 minutes are the room's (no W120).
TEST_CASE("a delivery that is neither is an error at its value, and a group activity left unmarked is W177") {
  test::TempDir dir;
  std::string text = kCurriculum;
  text.replace(text.find(R"(method="circle" minutes="10" delivery="classroom")"),
               std::string(R"(method="circle" minutes="10" delivery="classroom")").size(), R"(method="circle" minutes="10")");
  text.replace(text.find(R"(<p delivery="classroom">)"), std::string(R"(<p delivery="classroom">)").size(),
               R"(<p delivery="online">)");
  dir.Write("curriculum.xml", text);
  Diagnostics diagnostics;
  auto loaded = reader::LoadCurriculum(dir.path(), diagnostics);
  validate::Validate(loaded, {Date{2026, 11, 28}}, diagnostics);
  std::vector<std::string> found;
  for (const auto& d : diagnostics.items()) found.push_back(std::string(Info(d.code).name) + " " + d.message);
  CHECK(found == std::vector<std::string>{
                     "E015 delivery=\"online\" is neither \"classroom\" (in a room, with a facilitator) nor "
                     "\"self-paced\" (one person learning alone)",
                     "W177 activity 'a-circle' (circle) needs a group, yet a self-paced program (SCORM, Markdown) would "
                     "show it to one person alone; mark it delivery=\"classroom\", or delivery=\"self-paced\" if it is "
                     "written for one person"});
}

TEST_CASE("a country's own group activity left unmarked is W177 too") {
  test::TempDir dir;
  dir.Write("curriculum.xml", kCurriculum);
  dir.Write("countries/UA.xml", R"(<adaptation xmlns="urn:trainkit:curriculum:1" country="UA" xml:lang="en" based-on="1.0">
  <append to="m1">
    <activity id="a-local-pairs" method="pairs" minutes="5"><title>Local</title><steps><step minutes="5">Talk.</step></steps></activity>
    <activity id="a-local-room" method="pairs" minutes="5" delivery="classroom"><title>Room</title><steps><step minutes="5">Talk.</step></steps></activity>
  </append>
</adaptation>)");
  Diagnostics diagnostics;
  auto loaded = reader::LoadCurriculum(dir.path(), diagnostics);
  validate::Validate(loaded, {Date{2026, 11, 28}}, diagnostics);
  std::vector<std::string> found;
  for (const auto& d : diagnostics.items()) {
    if (d.code == Code::W177) found.push_back(d.location.file->path().substr(d.location.file->path().rfind('/') + 1) + " " +
                                              d.message.substr(0, 32));
  }
  CHECK(found == std::vector<std::string>{"UA.xml activity 'a-local-pairs' (pairs)"});
}

TEST_CASE("a country's self-paced program is not held to the track's budget, which is the room's") {
  test::TempDir dir;
  dir.Write("curriculum.xml", kCurriculum);
  // The country adds a classroom module: the room's day fills the budget; alone, it is shorter.
  dir.Write("countries/UA.xml", R"(<adaptation xmlns="urn:trainkit:curriculum:1" country="UA" xml:lang="en" based-on="1.0">
  <add-module after="m1"><module id="m-ua" minutes="30" objectives="o" delivery="classroom"><title>Local</title></module></add-module>
</adaptation>)");
  Diagnostics load;
  auto loaded = reader::LoadCurriculum(dir.path(), load);
  for (Delivery delivery : {Delivery::kClassroom, Delivery::kSelfPaced}) {
    Diagnostics diagnostics;
    auto result = resolve::Resolve(loaded, {"UA", "public", "", "", Date{2026, 11, 28}, delivery}, diagnostics);
    REQUIRE(std::holds_alternative<resolve::ResolvedProgram>(result));
    bool budget_warning = diagnostics.Has(Code::W120) || diagnostics.Has(Code::W121);
    CHECK(budget_warning == (delivery == Delivery::kClassroom));
  }
}
