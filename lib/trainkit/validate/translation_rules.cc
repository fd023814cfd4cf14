// Checks of translations/<language>.xml against the curriculum they translate.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "trainkit/base/language_tag.h"
#include "trainkit/translation/markup_check.h"
#include "trainkit/translation/status.h"
#include "trainkit/validate/rules.h"

namespace trainkit::validate {
namespace {

std::string Quoted(const std::string& text) {
  constexpr size_t kLongest = 120;
  return text.size() <= kLongest ? "'" + text + "'" : "'" + text.substr(0, kLongest) + "…'";
}

void CheckUnits(const model::LanguagePack& pack, const std::map<std::string, const translation::TranslationUnit*>& units,
                Diagnostics& diagnostics) {
  std::map<std::string, const model::UnitTranslation*> seen;
  for (const auto& unit : pack.units) {
    auto [first, fresh] = seen.emplace(unit.key, &unit);
    if (!fresh) {
      diagnostics.Report(Code::E162, unit.location, fmt::format("unit '{}' is translated twice", unit.key))
          .notes.push_back({first->second->location, "first translated here"});
      continue;
    }
    auto source = units.find(unit.key);
    if (source == units.end()) continue;  // reported with the status, which knows where it went
    const translation::TranslationUnit& original = *source->second;
    if (translation::HasLetters(original.source) && !translation::HasLetters(unit.text)) {
      diagnostics.Report(Code::E161, unit.location,
                         fmt::format("the translation of '{}' has no words; give the text, or remove the unit", unit.key));
    }
    if (original.plain && !translation::IsPlain(unit.text)) {
      diagnostics.Report(Code::E161, unit.location,
                         fmt::format("unit '{}' is an image's alternative text, which takes no markup", unit.key));
    }
    std::string mismatch = translation::MarkupMismatch(original.source, unit.text);
    if (!mismatch.empty()) {
      diagnostics.Report(Code::E166, unit.location, fmt::format("the translation of '{}' {}", unit.key, mismatch))
          .notes.push_back({original.location, "the source text is here"});
    }
  }
}

void ReportStatus(const model::LanguagePack& pack, const translation::LanguageStatus& status, Diagnostics& diagnostics) {
  for (const auto& orphan : status.orphans) {
    if (orphan.pack != &pack) continue;
    const std::string& key = orphan.translation->key;
    if (!orphan.moved_to.empty()) {
      diagnostics.Report(Code::W164, orphan.translation->location,
                         fmt::format("unit '{}' is not in the curriculum any more: its text moved to '{}', where "
                                     "the translation is used; rename the key",
                                     key, orphan.moved_to));
    } else {
      diagnostics.Report(Code::W164, orphan.translation->location,
                         fmt::format("unit '{}' matches no text of the curriculum, so its translation is not used{}",
                                     key, orphan.closest.empty() ? "" : fmt::format("; did you mean '{}'?", orphan.closest)));
    }
  }
  for (const auto& entry : status.units) {
    if (entry.state != translation::UnitState::kOutdated || entry.pack != &pack) continue;
    const model::UnitTranslation& unit = *entry.translation;
    std::string message =
        unit.source_hash.empty()
            ? fmt::format("the translation of '{}' does not say which source text it translates, so a change to "
                          "the source cannot be found; if it translates the text as it is now, add "
                          "source=\"{}\" (translate import records it from an XLIFF file that says which source "
                          "it showed)",
                          unit.key, entry.unit->source_hash)
            : fmt::format("the translation of '{}' is outdated: the source changed since it was translated, and "
                          "it is used until it is confirmed or fixed; the source now reads {}, the translation {}",
                          unit.key, Quoted(translation::Markup(entry.unit->source)), Quoted(translation::Markup(unit.text)));
    diagnostics.Report(Code::W165, unit.location, message).notes.push_back({entry.unit->location, "the source text is here"});
  }
}

}  // namespace

void CheckTranslations(const reader::LoadedCurriculum& loaded, Diagnostics& diagnostics) {
  const model::Curriculum& curriculum = *loaded.curriculum;
  std::map<std::string, const translation::TranslationUnit*> units;
  const auto extracted =
      std::make_shared<const std::vector<translation::TranslationUnit>>(translation::ExtractUnits(curriculum));
  for (const auto& unit : *extracted) {
    // Fact keys are names of their own; one that is also an element's id gives two texts one key.
    if (auto first = units.find(unit.key); first != units.end()) {
      // Two elements with one id are E101 already; a fact key and an id are found only here.
      bool fact = std::any_of(curriculum.facts.begin(), curriculum.facts.end(),
                              [&](const model::FactDefinition& f) { return f.key == unit.owner; });
      if (!fact) continue;
      diagnostics
          .Report(Code::E101, unit.location,
                  fmt::format("'{}' names both a fact and an element, so two texts would share the translation "
                              "key '{}'; rename one",
                              unit.owner, unit.key))
          .notes.push_back({first->second->location, "the other is here"});
      continue;
    }
    units.emplace(unit.key, &unit);
  }

  for (const auto& pack : loaded.translations) {
    if (pack.curriculum != curriculum.id) {
      diagnostics.Report(Code::E163, pack.curriculum_location,
                         fmt::format("this translation is of curriculum '{}', not of '{}' beside it", pack.curriculum,
                                     curriculum.id));
      continue;
    }
    CheckLanguage(pack.language, pack.language_location, diagnostics);
    // The file's name is how import and readers find it: translations/<its language>.xml.
    std::string name = pack.location.file ? std::filesystem::path(pack.location.file->path()).stem().string() : "";
    if (!name.empty() && name != pack.language) {
      diagnostics.Report(Code::E168, pack.language_location,
                         fmt::format("a translation into '{}' is in {}.xml; name it {}.xml", pack.language, name,
                                     pack.language));
      continue;
    }
    if (pack.language == curriculum.language) {
      diagnostics.Report(Code::E163, pack.language_location,
                         fmt::format("this translation is into {}, the language the curriculum is written in",
                                     pack.language));
      continue;
    }
    CheckUnits(pack, units, diagnostics);
    LanguageAndRegion split = SplitRegion(pack.language);
    ReportStatus(pack, translation::StatusOf(loaded, extracted, split.language, split.region), diagnostics);
  }
}

}  // namespace trainkit::validate
