#include "trainkit/reader/reader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "trainkit/reader/load.h"

using namespace trainkit;

namespace {

const std::filesystem::path kMinimal = std::filesystem::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal";

std::string PlainText(const model::Inlines& inlines) {
  std::string text;
  for (const auto& item : inlines) {
    if (const auto* t = std::get_if<model::Text>(&item.value)) text += t->text;
    if (const auto* s = std::get_if<model::Strong>(&item.value)) text += "*" + PlainText(s->children) + "*";
    if (const auto* f = std::get_if<model::FactRef>(&item.value)) text += "{" + f->key.id + "}";
  }
  return text;
}

model::Curriculum ReadFrom(const std::string& text, Diagnostics& diagnostics) {
  auto document = xml::ParseText(std::make_shared<SourceFile>("c.xml", text), diagnostics);
  REQUIRE(document);
  auto curriculum = reader::ReadCurriculum(*document, diagnostics);
  REQUIRE(curriculum);
  return *curriculum;
}

}  // namespace

TEST_CASE("the minimal curriculum reads into the model") {
  Diagnostics diagnostics;
  auto loaded = reader::LoadCurriculum(kMinimal, diagnostics);
  CHECK(diagnostics.items().empty());
  REQUIRE(loaded.curriculum);
  const model::Curriculum& c = *loaded.curriculum;
  CHECK(c.id == "minimal");
  CHECK(c.version == "1.0");
  CHECK(c.date == Date{2026, 11, 28});
  CHECK(c.language == "en");
  CHECK(PlainText(c.title) == "A minimal curriculum");
  CHECK(c.authors == std::vector<std::string>{"trainkit project"});
  CHECK(c.audiences.size() == 2);
  REQUIRE(c.objectives.size() == 1);
  CHECK(c.objectives[0].goal.id == "g-recognise");
  CHECK(c.objectives[0].type == model::ObjectiveType::kCognitive);
  REQUIRE(c.facts.size() == 2);
  CHECK(c.facts[0].required);
  CHECK(c.facts[1].kind == model::FactKind::kPhone);

  REQUIRE(c.modules.size() == 1);
  const model::Module& m = c.modules[0];
  CHECK(m.minutes == 45);
  CHECK(m.origin == model::Origin::kAdapted);
  CHECK(m.objectives[0].location.ToString().find("curriculum.xml:28:52") != std::string::npos);
  REQUIRE(m.parts.size() == 4);  // two sections, a safety note, an activity
  const auto& section = std::get<model::Section>(m.parts[0]);
  CHECK(PlainText(section.title) == "Act, means, purpose");
  CHECK(PlainText(std::get<model::Paragraph>(std::get<model::Block>(section.content[0]).value).content) ==
        "Trafficking has *three* elements.");
  const auto& list = std::get<model::List>(std::get<model::Block>(section.content[1]).value);
  CHECK(list.items.size() == 3);
  CHECK(list.items[1].sublists.size() == 1);
  const auto& note = std::get<model::FacilitatorNote>(section.content.back());
  CHECK_FALSE(note.safety);
  CHECK(note.condition.Allows("police"));
  CHECK_FALSE(note.condition.Allows("general-public"));
  const auto& law = std::get<model::Section>(m.parts[1]);
  CHECK(PlainText(std::get<model::Paragraph>(std::get<model::Block>(law.content[0]).value).content) ==
        "Trafficking is a crime under {law.trafficking}.");
  CHECK(std::get<model::FacilitatorNote>(m.parts[2]).safety);
  const auto& activity = std::get<model::Activity>(m.parts[3]);
  CHECK(activity.method == model::Method::kCardSort);
  CHECK(activity.group_size->min == 4);
  CHECK(activity.group_size->max == 5);
  CHECK(activity.steps.size() == 2);
  CHECK(activity.worksheet->blocks.size() == 1);
  CHECK(m.assessment.size() == 2);
  CHECK(m.assessment[0].choices[1].correct);
  CHECK(m.assessment[1].answer == false);

  REQUIRE(c.tracks.size() == 1);
  CHECK(c.tracks[0].start_minute == 10 * 60);
  CHECK(c.tracks[0].entries.size() == 2);
  CHECK(loaded.adaptations.size() == 1);
}

TEST_CASE("an image reads its caption, one at most, beside its alt text") {
  std::ifstream file(kMinimal / "curriculum.xml");
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const std::string image = "<image src=\"media/elements.png\" alt=\"Three boxes: act, means, purpose\"/>";
  REQUIRE(text.find(image) != std::string::npos);
  auto with = [&](const std::string& children) {
    std::string changed = text;
    changed.replace(changed.find(image), image.size(),
                    "<image src=\"media/elements.png\" alt=\"Three boxes\">" + children + "</image>");
    return changed;
  };
  auto first_image = [](const model::Curriculum& c) {
    for (const auto& item : std::get<model::Section>(c.modules.at(0).parts.at(0)).content) {
      const auto* block = std::get_if<model::Block>(&item);
      if (const auto* found = block ? std::get_if<model::Image>(&block->value) : nullptr) return *found;
    }
    FAIL("no image");
    return model::Image{};
  };
  Diagnostics diagnostics;
  auto read = first_image(ReadFrom(with("<caption>Act, <strong>means</strong>, purpose</caption>"), diagnostics));
  CHECK(diagnostics.items().empty());
  CHECK(read.alt == "Three boxes");
  CHECK(PlainText(read.caption) == "Act, *means*, purpose");

  Diagnostics twice;
  read = first_image(ReadFrom(with("<caption>One</caption><caption>Two</caption>"), twice));
  CHECK(PlainText(read.caption) == "One");
  REQUIRE(twice.items().size() == 1);
  CHECK(Info(twice.items()[0].code).name == std::string("E018"));
}

TEST_CASE("white space in text collapses as in HTML") {
  Diagnostics diagnostics;
  auto c = ReadFrom(
      "<curriculum xmlns=\"urn:trainkit:curriculum:1\" id=\"c\" version=\"1\" date=\"2026-01-01\" "
      "xml:lang=\"en\"><title>\n   Two\n   words  <strong> and </strong>  more\n</title></curriculum>",
      diagnostics);
  CHECK(PlainText(c.title) == "Two words * and * more");
}

TEST_CASE("the pass mark is 80 unless the curriculum sets one from 1 to 100") {
  auto read = [](const std::string& attribute, Diagnostics& diagnostics) {
    return ReadFrom("<curriculum xmlns=\"urn:trainkit:curriculum:1\" id=\"c\" version=\"1\" date=\"2026-01-01\" "
                    "xml:lang=\"en\" " + attribute + "><title>t</title></curriculum>",
                    diagnostics)
        .pass_mark;
  };
  Diagnostics quiet;
  CHECK(read("", quiet) == 80);
  CHECK(read("pass-mark=\"70\"", quiet) == 70);
  CHECK(read("pass-mark=\"100\"", quiet) == 100);
  for (const char* bad : {"0", "101", "75%", "-5"}) {
    Diagnostics diagnostics;
    CHECK(read(std::string("pass-mark=\"") + bad + "\"", diagnostics) == 80);
    REQUIRE_FALSE(diagnostics.items().empty());
    CHECK(std::string(Info(diagnostics.items().front().code).name) == "E015");
    CHECK(diagnostics.items().front().location.ToString() == "c.xml:1:109");  // the value
  }
}

TEST_CASE("one run reports every structural problem it finds") {
  Diagnostics diagnostics;
  ReadFrom(
      "<curriculum xmlns=\"urn:trainkit:curriculum:1\" id=\"bad id\" version=\"1\" date=\"2026-02-30\">\n"
      "  <titel>x</titel>\n"
      "  <module id=\"m\" minutes=\"0\" objectives=\"o\" colour=\"red\"><title>m</title></module>\n"
      "</curriculum>\n",
      diagnostics);
  std::vector<std::string> found;
  for (const auto& d : diagnostics.items()) {
    found.push_back(std::string(Info(d.code).name) + " " + d.location.ToString());
  }
  CHECK(found == std::vector<std::string>{
                     "E015 c.xml:1:51",  // id
                     "E015 c.xml:1:77",  // date
                     "E014 c.xml:1:1",   // xml:lang
                     "E012 c.xml:2:3",   // <titel>
                     "E013 c.xml:3:45",  // colour
                     "E015 c.xml:3:27",  // minutes
                     "E016 c.xml:1:1", "E016 c.xml:1:1", "E016 c.xml:1:1", "E016 c.xml:1:1",
                     "E016 c.xml:1:1", "E016 c.xml:1:1", "E016 c.xml:1:1", "E016 c.xml:1:1",
                 });
}

TEST_CASE("a missing element is named with its article") {
  Diagnostics diagnostics;
  ReadFrom("<curriculum xmlns=\"urn:trainkit:curriculum:1\" id=\"c\" version=\"1\" date=\"2026-01-01\" "
           "xml:lang=\"en\"><title>T</title><summary><p>S</p></summary><authors><author>A</author></authors>"
           "<license>L</license><goals><goal id=\"g\">G</goal></goals>"
           "<module id=\"m\" minutes=\"5\" objectives=\"o\"><title>M</title></module>"
           "<tracks><track id=\"t\" budget=\"5\"><title>T</title><module ref=\"m\"/></track></tracks></curriculum>",
           diagnostics);
  std::vector<std::string> messages;
  for (const auto& d : diagnostics.items()) messages.push_back(d.message);
  CHECK(messages == std::vector<std::string>{"<curriculum> needs an <audiences> element",
                                             "<curriculum> needs an <objectives> element"});
}

TEST_CASE("a root that is not a curriculum stops reading") {
  Diagnostics diagnostics;
  auto document = xml::ParseText(
      std::make_shared<SourceFile>("c.xml", "<adaptation xmlns=\"urn:trainkit:curriculum:1\"/>"), diagnostics);
  REQUIRE(document);
  CHECK_FALSE(reader::ReadCurriculum(*document, diagnostics));
  REQUIRE(diagnostics.items().size() == 1);
  CHECK(diagnostics.items()[0].message ==
        "the root element is <adaptation>, expected <curriculum>; this is a country adaptation, "
        "which belongs in countries/<CC>.xml");
}
