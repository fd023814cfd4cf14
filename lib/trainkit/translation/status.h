// Where a language's translation stands against the curriculum as it is now: which units are
// translated, missing or outdated, and which translations match no text any more.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "trainkit/reader/load.h"
#include "trainkit/translation/units.h"

namespace trainkit::translation {

enum class UnitState {
  kMissing,     // no translation
  kTranslated,  // translated from the source as it is
  kOutdated,    // translated from an earlier source text (or one not recorded)
};

struct UnitStatus {
  const TranslationUnit* unit = nullptr;  // held by the LanguageStatus it is in
  UnitState state = UnitState::kMissing;
  // The translation used, when there is one: from the country's pack when it has the unit.
  const model::UnitTranslation* translation = nullptr;
  const model::LanguagePack* pack = nullptr;
  std::string moved_from;  // the key the translation is kept under, when the text moved
  // A translation the country's adaptation gives with <translate> (the older way), which no
  // pack has yet: what `translate export --country` offers to move into the language's pack.
  std::shared_ptr<const model::UnitTranslation> from_adaptation;
};

// A translation kept under a key the curriculum no longer has.
struct OrphanTranslation {
  const model::UnitTranslation* translation = nullptr;
  const model::LanguagePack* pack = nullptr;
  std::string moved_to;  // the key its source text is at now, if it moved
  std::string closest;   // the most similar key, as a hint
};

struct LanguageStatus {
  // The units `units` point at: the curriculum's, or a country's programs' (not copied per unit).
  std::shared_ptr<const std::vector<TranslationUnit>> held;
  std::string language;
  std::string country;  // empty: the curriculum as a whole
  std::vector<UnitStatus> units;  // in document order
  std::vector<OrphanTranslation> orphans;
  int translated = 0, missing = 0, outdated = 0;
};

// The status of `language` for the whole curriculum, or, with `country`, for the text its
// programs take from the curriculum (what the country replaces or removes does not count). A
// unit's translation is the one its programs print: the adaptation's <translate>, then the
// country's overrides (unless `with_country_pack` is false: the language's own file is
// wanted), then the language's. `curriculum` must be loaded.
LanguageStatus StatusOf(const reader::LoadedCurriculum& loaded, const std::string& language,
                        const std::string& country = "", bool with_country_pack = true);

// The same, with the curriculum's units (ExtractUnits) already extracted: a check of every
// language extracts them once, and the statuses point into them.
LanguageStatus StatusOf(const reader::LoadedCurriculum& loaded,
                        const std::shared_ptr<const std::vector<TranslationUnit>>& curriculum_units,
                        const std::string& language, const std::string& country, bool with_country_pack = true);

std::string_view StateName(UnitState state);

}  // namespace trainkit::translation
