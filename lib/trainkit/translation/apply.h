// Putting a language's translation into a curriculum's text, unit by unit.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "trainkit/model/curriculum.h"
#include "trainkit/model/translation.h"

namespace trainkit::translation {

// The languages of those packs, in that order: the files translations/<tag>.xml it reads.
std::vector<std::string> PackLanguagesFor(const std::string& language, const std::string& country);

// The packs a program in `language` for `country` uses, the language's first and then the
// country's overrides: "ro" then "ro-MD" for Moldova, whether its language is "ro" or
// "ro-MD". Any may be missing.
std::vector<const model::LanguagePack*> PacksFor(const std::vector<model::LanguagePack>& packs,
                                                 const std::string& language, const std::string& country);

// Replaces each unit's text with its translation; a later pack wins over an earlier one. A
// translation kept under a key that no longer exists follows its text when the text moved
// (same source hash) to a unit left untranslated. Outdated translations are used as they are:
// the validator reports them (W165). Returns where each translated unit's text came from.
std::map<std::string, SourceLocation> ApplyPacks(model::Curriculum& curriculum,
                                                 const std::vector<const model::LanguagePack*>& packs);

// Which elements of a program's curriculum are in its language, once the translation and the
// country's adaptation are applied.
struct TranslatedElements {
  // The ids whose every participant text is translated (every text, for an element only
  // facilitators read, such as a trainer section), with where the first translation is.
  std::map<std::string, SourceLocation> participant_text;
  // The ids whose every facilitator text is translated.
  std::set<std::string> facilitator_text;
};

// A unit of `program` counts as translated when a pack gave it (`from_packs`), when its text is
// no longer the source's (`source`, the base curriculum: an adaptation's <translate> changed
// it) or when it is in `adaptation_file` (the adaptation's own sections, in its language).
TranslatedElements TranslatedElementsOf(model::Curriculum& program, const model::Curriculum& source,
                                        const std::map<std::string, SourceLocation>& from_packs,
                                        const std::string& adaptation_file);

// The language's pack tag for a country's overrides: "ro" and "MD" give "ro-MD".
std::string CountryPackLanguage(const std::string& language, const std::string& country);

}  // namespace trainkit::translation
