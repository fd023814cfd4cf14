#include "trainkit/translation/xliff.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../support/temp_dir.h"
#include "trainkit/reader/load.h"
#include "trainkit/translation/units.h"

using namespace trainkit;

namespace {

reader::LoadedCurriculum Minimal() {
  Diagnostics diagnostics;
  auto loaded = reader::LoadCurriculum(std::filesystem::path(TRAINKIT_SOURCE_DIR) / "tests/data/minimal", diagnostics);
  REQUIRE(loaded.curriculum);
  return loaded;
}

std::filesystem::path Write(const test::TempDir& dir, const std::string& name, const std::string& text) {
  std::filesystem::path path = dir.path() / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("importing the XLIFF export of a translation gives the same translation back") {
  reader::LoadedCurriculum loaded = Minimal();
  auto units = translation::ExtractUnits(*loaded.curriculum);
  // Translate every unit: its markup kept, its words wrapped, its facts and links where they were.
  model::LanguagePack pack{"minimal", "de", {}, {}, {}, {}};
  for (const auto& unit : units) {
    model::Inlines text = unit.source;
    text.insert(text.begin(), {model::Text{"DE "}, {}});
    pack.units.push_back({unit.key, unit.source_hash, text, {}});
  }
  loaded.translations = {pack};
  auto status = translation::StatusOf(loaded, "de");
  CHECK(status.translated == static_cast<int>(units.size()));
  std::string xliff = translation::ExportXliff(*loaded.curriculum, status, {"de", false, "test"});

  test::TempDir dir;
  auto path = Write(dir, "de.xlf", xliff);
  Diagnostics diagnostics;
  auto imported = translation::ImportXliff(path, "de.xlf", *loaded.curriculum, {}, diagnostics);
  CHECK(diagnostics.items().empty());
  CHECK(imported.target_language == "de");
  CHECK(imported.added == static_cast<int>(units.size()));
  REQUIRE(imported.pack.units.size() == pack.units.size());
  for (size_t i = 0; i < pack.units.size(); ++i) {
    INFO(pack.units[i].key);
    CHECK(imported.pack.units[i].key == pack.units[i].key);
    CHECK(imported.pack.units[i].source_hash == pack.units[i].source_hash);
    CHECK(translation::Markup(imported.pack.units[i].text) == translation::Markup(pack.units[i].text));
  }
}

TEST_CASE("an XLIFF target moves the source's markup by its ids and cannot drop a fact") {
  reader::LoadedCurriculum loaded = Minimal();
  auto status = translation::StatusOf(loaded, "de");
  std::string xliff = translation::ExportXliff(*loaded.curriculum, status, {"de", false, "test"});
  // elements/body/1 is "Trafficking has <strong>three</strong> elements."; national-law/body/1
  // ends with the fact law.trafficking.
  REQUIRE(xliff.find(R"(<source>Trafficking has <g id="1" ctype="bold">three</g> elements.</source>)") != std::string::npos);
  test::TempDir dir;

  SECTION("markup moved in the target keeps its kind") {
    std::string moved = Replace(xliff, R"(<g id="1" ctype="bold">three</g> elements.</source>)",
                                R"(<g id="1" ctype="bold">three</g> elements.</source><target>Der Menschenhandel hat <mrk mtype="seg"><g id="1">drei</g></mrk> Elemente.</target>)");
    Diagnostics diagnostics;
    auto imported = translation::ImportXliff(Write(dir, "a.xlf", moved), "a.xlf", *loaded.curriculum, {}, diagnostics);
    CHECK(diagnostics.items().empty());
    REQUIRE(imported.pack.units.size() == 1);
    CHECK(translation::Markup(imported.pack.units[0].text) == "Der Menschenhandel hat <strong>drei</strong> Elemente.");
  }
  SECTION("a dropped fact is an error that names the unit") {
    std::string dropped = Replace(xliff, R"(equiv-text="{law.trafficking}"/>.</source>)",
                                  R"(equiv-text="{law.trafficking}"/>.</source><target>Menschenhandel ist strafbar.</target>)");
    Diagnostics diagnostics;
    translation::ImportXliff(Write(dir, "b.xlf", dropped), "b.xlf", *loaded.curriculum, {}, diagnostics);
    REQUIRE(diagnostics.errors() == 1);
    CHECK(diagnostics.items()[0].code == Code::E166);
    CHECK(diagnostics.items()[0].message ==
          "the target of unit 'national-law/body/1' drops the fact reference 'law.trafficking'");
  }
  SECTION("a fact written as marked-up text is an error") {
    std::string wrong = Replace(xliff, R"(equiv-text="{law.trafficking}"/>.</source>)",
                                R"(equiv-text="{law.trafficking}"/>.</source><target>Strafbar nach <g id="1">§ 232</g>.</target>)");
    Diagnostics diagnostics;
    translation::ImportXliff(Write(dir, "c.xlf", wrong), "c.xlf", *loaded.curriculum, {}, diagnostics);
    REQUIRE(diagnostics.errors() == 1);
    CHECK(diagnostics.items()[0].code == Code::E167);
  }
  SECTION("a target for a source that changed since the export is reported and not imported") {
    std::string stale = Replace(xliff, R"(three</g> elements.</source>)",
                                R"(three</g> elements.</source><target>Drei Elemente.</target>)");
    auto& section = std::get<model::Section>(loaded.curriculum->modules.at(0).parts.at(0));
    auto& paragraph = std::get<model::Paragraph>(std::get<model::Block>(section.content.at(0)).value);
    paragraph.content.push_back({model::Text{" Always."}, {}});
    Diagnostics diagnostics;
    auto imported = translation::ImportXliff(Write(dir, "d.xlf", stale), "d.xlf", *loaded.curriculum, {}, diagnostics);
    CHECK(diagnostics.errors() == 0);
    REQUIRE(diagnostics.items().size() == 1);
    CHECK(diagnostics.items()[0].code == Code::W165);
    CHECK(imported.stale == 1);
    CHECK(imported.pack.units.empty());
  }
}
