// The subtags a language tag may use (languages, scripts, regions, variants), whether each is
// valid, deprecated or unknown, and their English names: the IANA language subtag registry as
// CLDR keeps it and ICU ships it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "trainkit/base/language_tag.h"

namespace trainkit {

enum class SubtagStatus {
  kValid,
  kDeprecated,  // deprecated in the IANA registry ("mo", "iw", region "CS")
  kLegacy,      // valid there, but CLDR reads it as another tag ("sh" as "sr-Latn")
  kUnknown,     // in no registry ("rs", "ukr", "Cyrillic")
};

// Whether `text` is a registered subtag of `kind` (a language, extlang, script, region or
// variant; extensions and private use are always valid). Case does not matter.
SubtagStatus StatusOf(Subtag::Kind kind, std::string_view text);

// What ICU's alias data puts in place of `text` ("ukr" → "uk", "sh" → "sr_Latn",
// "CS" → "RS ME"), or nullopt when it has no alias.
std::optional<std::string> AliasOf(Subtag::Kind kind, std::string_view text);

// `tag` in CLDR's canonical form, deprecated subtags replaced ("sh" → "sr-Latn",
// "sr-CS" → "sr-RS"); empty when ICU cannot read it.
std::string CanonicalLanguageTag(std::string_view tag);

// The English name of a language, script or region subtag ("Serbian", "Cyrillic", "Serbia"),
// of a whole tag ("Serbian (Latin)"), or "" when ICU has none.
std::string SubtagName(Subtag::Kind kind, std::string_view text);
std::string LanguageTagName(std::string_view tag);

// The subtag whose English name is `name` ("Cyrillic" → "Cyrl", "serbian" → "sr",
// "Moldova" → "MD"); case, spaces and underscores do not matter. Nullopt for none.
std::optional<std::string> SubtagNamed(Subtag::Kind kind, std::string_view name);

// The language most likely spoken in `region` ("RS" → "sr"), by CLDR's likely subtags.
std::optional<std::string> LikelyLanguageOf(std::string_view region);

// The script `tag` is written in: its script subtag, else the language's usual script in its
// region ("sr" → "Cyrl", "sr-ME" → "Latn", "ro-MD" → "Latn"); "" when ICU does not know.
std::string ScriptOf(std::string_view tag);

}  // namespace trainkit
