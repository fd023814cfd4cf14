// Names of countries and languages as people read them, in a given language ("PL" in
// Ukrainian is "Польща", "ro-MD" in Romanian is "română (Republica Moldova)"), from ICU's copy
// of the Unicode CLDR.
#pragma once

#include <string>
#include <string_view>

namespace trainkit {

// The name of the ISO 3166-1 region `code` in the language `in_language` (a BCP 47 tag); the
// code itself when ICU knows no name for it.
std::string CountryName(std::string_view code, std::string_view in_language);

// The name of the language `tag` (BCP 47) in the language `in_language`, its script and region
// in parentheses; the tag itself when ICU knows no name for it.
std::string LanguageName(std::string_view tag, std::string_view in_language);

}  // namespace trainkit
