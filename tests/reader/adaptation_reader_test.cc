#include "trainkit/reader/reader.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "trainkit/reader/load.h"

using namespace trainkit;

TEST_CASE("the minimal adaptation reads facts, operations and translations") {
  Diagnostics diagnostics;
  auto loaded = reader::LoadCurriculum(std::filesystem::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal", diagnostics);
  CHECK(diagnostics.items().empty());
  REQUIRE(loaded.adaptations.size() == 1);
  const model::Adaptation& a = loaded.adaptations[0];
  CHECK(a.country == "UA");
  CHECK(a.language == "uk");
  CHECK(a.based_on == "1.0");
  REQUIRE(a.audiences_only);
  CHECK(a.audiences_only->size() == 2);

  REQUIRE(a.facts.size() == 2);
  CHECK(a.facts[0].key.id == "law.trafficking");
  CHECK(a.facts[0].confidence == model::Confidence::kHigh);
  CHECK(a.facts[0].source_date.earliest == Date{2026, 11, 1});
  CHECK(a.facts[0].source_date.latest == Date{2026, 11, 30});
  CHECK_FALSE(a.facts[0].checked);
  REQUIRE(a.facts[1].checked);
  CHECK(a.facts[1].checked->date == Date{2026, 11, 20});
  CHECK(a.facts[1].checked->how == "called the operator");
  CHECK(a.facts[1].number == "116 123");
  CHECK(a.facts[1].operator_name == "La Strada-Ukraine");
  CHECK(a.facts[1].hours == "24/7");

  REQUIRE(a.operations.size() == 2);
  const auto& replace = std::get<model::Replace>(a.operations[0]);
  CHECK(std::get<model::Section>(replace.replacement).id == "national-law");
  const auto& append = std::get<model::Append>(a.operations[1]);
  CHECK(append.module.id == "definition");
  CHECK(append.parts.size() == 1);

  REQUIRE(a.translations.size() == 14);
  auto translation = [&](const std::string& id) {
    for (const auto& t : a.translations) {
      if (t.target.id == id) return t;
    }
    FAIL("no translation of " << id);
    return model::Translation{};
  };
  CHECK_FALSE(translation("o-elements").text.empty());
  CHECK(translation("definition").title);
  CHECK(translation("elements").blocks.size() == 5);
  CHECK(translation("card-sort").purpose);
  CHECK(translation("t-smuggling").name);
  const auto item = translation("q-border");
  CHECK(item.question);
  CHECK(item.choices.size() == 2);
  CHECK(item.explanation);
}
