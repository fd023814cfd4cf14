#include "trainkit/base/text_script.h"

#include <unicode/uscript.h>

#include <algorithm>
#include <utility>

#include "trainkit/base/utf8.h"

namespace trainkit {

std::map<std::string, int> CountScripts(std::string_view text) {
  std::map<std::string, int> counts;
  for (size_t at = 0; at < text.size();) {
    char32_t c = NextCodePoint(text, at);
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
    if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED ||
        script == USCRIPT_UNKNOWN) {
      continue;
    }
    ++counts[uscript_getShortName(script)];
  }
  return counts;
}

bool ScriptFits(std::string_view found, std::string_view tagged) {
  if (found == tagged) return true;
  // ISO 15924 codes no single character has: writing systems that combine scripts, and
  // variants of one script.
  static constexpr std::pair<std::string_view, std::string_view> kCovers[] = {
      {"Hans", "Hani"}, {"Hant", "Hani"}, {"Hanb", "Hani"}, {"Hanb", "Bopo"},
      {"Jpan", "Hani"}, {"Jpan", "Hira"}, {"Jpan", "Kana"}, {"Kore", "Hang"},
      {"Kore", "Hani"}, {"Latf", "Latn"}, {"Latg", "Latn"}, {"Cyrs", "Cyrl"},
      {"Syre", "Syrc"}, {"Syrj", "Syrc"}, {"Syrn", "Syrc"}, {"Aran", "Arab"},
      {"Geok", "Geor"},
  };
  return std::any_of(std::begin(kCovers), std::end(kCovers),
                     [&](const auto& cover) { return cover.first == tagged && cover.second == found; });
}

}  // namespace trainkit
