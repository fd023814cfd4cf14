#include "trainkit/base/text_script.h"

#include <unicode/uscript.h>

#include <algorithm>
#include <utility>

#include "trainkit/base/utf8.h"

namespace trainkit {

namespace {

// The script of `c` when it is one a letter can have; USCRIPT_COMMON for shared characters.
// ASCII is answered without ICU: most of a curriculum's text, even in Cyrillic, is spaces,
// digits and punctuation.
UScriptCode ScriptOf(char32_t c) {
  if (c < 0x80) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return letter ? USCRIPT_LATIN : USCRIPT_COMMON;
  }
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status) || script == USCRIPT_INHERITED || script == USCRIPT_UNKNOWN) return USCRIPT_COMMON;
  return script;
}

}  // namespace

std::map<std::string, int> CountScripts(std::string_view text) {
  // By code while counting, by name at the end: ICU finds a script's name by a search.
  std::map<UScriptCode, int> by_code;
  for (size_t at = 0; at < text.size();) {
    UScriptCode script = ScriptOf(NextCodePoint(text, at));
    if (script != USCRIPT_COMMON) ++by_code[script];
  }
  std::map<std::string, int> counts;
  for (const auto& [script, count] : by_code) counts[uscript_getShortName(script)] += count;
  return counts;
}

bool HasScriptLetters(std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    if (ScriptOf(NextCodePoint(text, at)) != USCRIPT_COMMON) return true;
  }
  return false;
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
