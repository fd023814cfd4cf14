#include "trainkit/translation/units.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>

#include "trainkit/reader/load.h"
#include "trainkit/translation/apply.h"

using namespace trainkit;

namespace {

model::Curriculum Minimal() {
  Diagnostics diagnostics;
  auto loaded = reader::LoadCurriculum(std::filesystem::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal", diagnostics);
  REQUIRE(loaded.curriculum);
  return *loaded.curriculum;
}

std::map<std::string, translation::TranslationUnit> UnitsByKey(const model::Curriculum& curriculum) {
  std::map<std::string, translation::TranslationUnit> units;
  for (auto& unit : translation::ExtractUnits(curriculum)) {
    INFO(unit.key);
    CHECK(units.count(unit.key) == 0);  // keys are unique
    units.emplace(unit.key, std::move(unit));
  }
  return units;
}

model::Inlines Words(const std::string& text) { return {{model::Text{text}, {}}}; }

}  // namespace

TEST_CASE("every text of the minimal curriculum is a unit named by the nearest id and its place") {
  auto units = UnitsByKey(Minimal());
  struct Expected {
    const char* key;
    translation::Readers readers;
    const char* starts;
  };
  using translation::Readers;
  for (const Expected& e : std::initializer_list<Expected>{
           {"minimal/title", Readers::kParticipants, "A minimal curriculum"},
           {"police/name", Readers::kParticipants, "Police"},
           {"hotline.national/label", Readers::kParticipants, "National hotline"},
           {"t-smuggling/definition", Readers::kParticipants, "Arranging"},
           {"definition/preparation/1", Readers::kFacilitators, "Write the three"},
           {"definition/materials/1", Readers::kFacilitators, "Flipchart"},
           {"elements/body/1", Readers::kParticipants, "Trafficking has "},
           {"elements/body/2/2", Readers::kParticipants, "Means"},
           {"elements/body/2/2/1/1", Readers::kParticipants, "deception"},
           {"elements/body/3/caption", Readers::kParticipants, "Elements"},
           {"elements/body/3/r2c2", Readers::kParticipants, "Recruitment"},
           {"elements/body/4/alt", Readers::kParticipants, "Three boxes"},
           {"elements/body/5/1", Readers::kParticipants, "Consent is irrelevant"},
           {"elements/notes/1/1", Readers::kFacilitators, "Ask who has met"},
           {"definition/notes/1/1", Readers::kFacilitators, "Name a facilitator"},
           {"card-sort/purpose", Readers::kFacilitators, "Sort examples"},
           {"card-sort/steps/2", Readers::kFacilitators, "Groups sort"},
           {"card-sort/worksheet/1", Readers::kParticipants, "Which card"},
           {"card-sort/debrief/1", Readers::kFacilitators, "Which element"},
           {"km-consent/text", Readers::kParticipants, "Consent does not"},
           {"q-border/choices/2", Readers::kParticipants, "Crossing a border"},
           {"short/title", Readers::kParticipants, "Short"},
       }) {
    INFO(e.key);
    auto unit = units.find(e.key);
    REQUIRE(unit != units.end());
    CHECK(unit->second.readers == e.readers);
    CHECK(translation::Markup(unit->second.source).rfind(e.starts, 0) == 0);
  }
  CHECK(units.at("elements/body/4/alt").plain);
  CHECK_FALSE(units.at("elements/body/1").plain);
  // Sources are quoted in their own language: not units.
  for (const auto& [key, unit] : units) CHECK(key.rfind("guidelines/", 0) != 0);
}

TEST_CASE("an image's caption is a unit of its own beside its alt text") {
  model::Curriculum curriculum = Minimal();
  auto& section = std::get<model::Section>(curriculum.modules.at(0).parts.at(0));
  auto& image = std::get<model::Image>(std::get<model::Block>(section.content.at(3)).value);
  image.caption = {{model::Text{"The three "}, {}}, {model::Emphasis{Words("elements")}, {}}};
  auto units = UnitsByKey(curriculum);
  REQUIRE(units.count("elements/body/4/caption") == 1);
  const auto& caption = units.at("elements/body/4/caption");
  CHECK(translation::Markup(caption.source) == "The three <em>elements</em>");
  CHECK(caption.readers == translation::Readers::kParticipants);
  CHECK_FALSE(caption.plain);
  CHECK(units.at("elements/body/4/alt").plain);
}

TEST_CASE("text without a letter is not a unit, and a unit's hash follows its markup") {
  model::Curriculum curriculum = Minimal();
  auto& section = std::get<model::Section>(curriculum.modules.at(0).parts.at(0));
  section.content.push_back(model::Block{model::Paragraph{Words("1949 – 2000")}, {}, {}});
  auto units = UnitsByKey(curriculum);
  CHECK(units.count("elements/body/6") == 0);

  CHECK(translation::SourceHash(Words("Act")) == translation::SourceHash(Words("Act")));
  CHECK(translation::SourceHash(Words("Act")) != translation::SourceHash(Words("Act.")));
  model::Inlines emphasised = {{model::Emphasis{Words("Act")}, {}}};
  CHECK(translation::SourceHash(emphasised) != translation::SourceHash(Words("Act")));
  CHECK(translation::Markup(emphasised) == "<em>Act</em>");
  CHECK(translation::SourceHash(Words("Act")).size() == 16);
}

TEST_CASE("two texts are the same text when their markup is, however their runs are cut") {
  model::Inlines one = Words("Act, means");
  model::Inlines two = {{model::Text{"Act, "}, {}}, {model::Text{"means"}, {}}};
  CHECK(translation::SameText(one, Words("Act, means")));
  CHECK(translation::SameText(one, two));  // cut in two runs: the same markup
  CHECK_FALSE(translation::SameText(one, Words("Act, means.")));
  model::Inlines fact = {{model::FactRef{{"hotline", {}}, Words("116 123")}, {}}};
  model::Inlines same_fact = {{model::FactRef{{"hotline", {}}, Words("0 800 500 335")}, {}}};
  model::Inlines other_fact = {{model::FactRef{{"police", {}}, {}}, {}}};
  CHECK(translation::SameText(fact, same_fact));  // a fact is its key; the value is the country's
  CHECK_FALSE(translation::SameText(fact, other_fact));
  model::Inlines linked = {{model::Link{"https://example.org", Words("Act")}, {}}};
  model::Inlines elsewhere = {{model::Link{"https://example.com", Words("Act")}, {}}};
  CHECK_FALSE(translation::SameText(linked, elsewhere));
  CHECK_FALSE(translation::SameText(Words("Act"), {{model::Emphasis{Words("Act")}, {}}}));
}

TEST_CASE("units extracted beside those of the curriculum they come from have the hashes they would have") {
  model::Curriculum base = Minimal();
  std::vector<translation::TranslationUnit> known = translation::ExtractUnits(base);
  model::Curriculum changed = base;
  auto& section = std::get<model::Section>(changed.modules.at(0).parts.at(0));
  section.content.push_back(model::Block{model::Paragraph{Words("A new paragraph")}, {}, {}});
  model::Paragraph* first = nullptr;
  for (auto& part : section.content) {
    auto* block = std::get_if<model::Block>(&part);
    if (!first && block) first = std::get_if<model::Paragraph>(&block->value);
  }
  REQUIRE(first);
  first->content = Words("Another first paragraph");
  std::vector<translation::TranslationUnit> reused = translation::ExtractUnits(changed, known);
  std::vector<translation::TranslationUnit> fresh = translation::ExtractUnits(changed);
  REQUIRE(reused.size() == fresh.size());
  REQUIRE(fresh.size() == known.size() + 1);
  std::map<std::string, std::string> known_hashes;
  for (const auto& unit : known) known_hashes[unit.key] = unit.source_hash;
  size_t kept = 0;
  for (size_t i = 0; i < fresh.size(); ++i) {
    INFO(fresh[i].key);
    CHECK(reused[i].key == fresh[i].key);
    CHECK(reused[i].source_hash == fresh[i].source_hash);
    auto before = known_hashes.find(fresh[i].key);
    kept += before != known_hashes.end() && before->second == fresh[i].source_hash;
  }
  CHECK(kept == known.size() - 1);  // all but the changed paragraph (the new one is new)
}

TEST_CASE("a language's pack translates units, a country's pack overrides it, and moved text keeps its translation") {
  model::Curriculum curriculum = Minimal();
  auto units = UnitsByKey(curriculum);
  const auto& title = units.at("definition/title");
  const auto& step = units.at("card-sort/steps/1");

  model::LanguagePack ro{"minimal", "ro", {}, {}, {}, {}};
  ro.units.push_back({"definition/title", title.source_hash, Words("Ce este traficul?"), {}});
  ro.units.push_back({"card-sort/steps/1", step.source_hash, Words("Împărțiți cartonașele."), {}});
  // Kept under a key that no longer exists; its source hash says which text it translates.
  ro.units.push_back({"elements/body/99", units.at("elements/body/1").source_hash, Words("Traficul are trei elemente."), {}});
  model::LanguagePack ro_md{"minimal", "ro-MD", {}, {}, {}, {}};
  ro_md.units.push_back({"definition/title", title.source_hash, Words("Ce înseamnă traficul?"), {}});
  std::vector<model::LanguagePack> packs = {ro, ro_md};

  auto chosen = translation::PacksFor(packs, "ro-MD", "MD");
  REQUIRE(chosen.size() == 2);
  CHECK(chosen[0]->language == "ro");
  CHECK(chosen[1]->language == "ro-MD");
  CHECK(translation::PacksFor(packs, "ro", "RO").size() == 1);

  model::Curriculum moldovan = curriculum;
  auto applied = translation::ApplyPacks(moldovan, chosen);
  auto translated = UnitsByKey(moldovan);
  CHECK(translation::Markup(translated.at("definition/title").source) == "Ce înseamnă traficul?");
  CHECK(translation::Markup(translated.at("card-sort/steps/1").source) == "Împărțiți cartonașele.");
  CHECK(translation::Markup(translated.at("elements/body/1").source) == "Traficul are trei elemente.");
  CHECK(applied.count("elements/body/1") == 1);
  CHECK(applied.count("card-sort/steps/2") == 0);
  // An element is in the program's language only when every text of it is.
  auto elements = translation::TranslatedElementsOf(moldovan, curriculum, applied, "");
  CHECK(elements.participant_text.count("card-sort") == 0);
  CHECK(elements.facilitator_text.count("card-sort") == 0);
  CHECK(elements.participant_text.count("police") == 0);
  // A text changed by other means (an adaptation's <translate>) counts as translated: with the
  // rest of the activity's guidance changed, its facilitator text is all in Romanian.
  auto& activity = std::get<model::Activity>(moldovan.modules.at(0).parts.at(3));
  REQUIRE(activity.id == "card-sort");
  activity.purpose = Words("Sortarea exemplelor.");
  activity.steps.at(1).text = Words("Grupurile sortează.");
  activity.debrief.at(0).text = Words("Ce element se dovedește cel mai greu?");
  elements = translation::TranslatedElementsOf(moldovan, curriculum, applied, "");
  CHECK(elements.facilitator_text.count("card-sort") == 1);
}

TEST_CASE("a facilitator summary is a unit for facilitators, the curriculum's and each module's") {
  model::Curriculum curriculum = Minimal();
  curriculum.facilitator_summary.push_back(model::Block{model::Paragraph{Words("Two tracks; run the short one.")}, {}, {}});
  curriculum.modules.at(0).facilitator_summary.push_back(
      model::Block{model::Paragraph{Words("Adapted from a session; run it first.")}, {}, {}});
  auto units = UnitsByKey(curriculum);
  const std::string module_key = curriculum.modules.at(0).id + "/facilitator-summary/1";
  REQUIRE(units.count("minimal/facilitator-summary/1"));
  REQUIRE(units.count(module_key));
  CHECK(units.at("minimal/facilitator-summary/1").readers == translation::Readers::kFacilitators);
  CHECK(units.at(module_key).readers == translation::Readers::kFacilitators);
  CHECK(units.at(curriculum.modules.at(0).id + "/summary/1").readers == translation::Readers::kParticipants);
}
