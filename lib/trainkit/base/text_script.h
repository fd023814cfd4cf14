// Which writing systems (ISO 15924 scripts) a text is written in, counted letter by letter.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace trainkit {

// How many code points of UTF-8 `text` belong to each script, by its ISO 15924 code
// ("Cyrl": 120, "Latn": 3). Digits, punctuation and spaces, which every script shares
// (Unicode's Common), and combining marks (Inherited) are not counted.
std::map<std::string, int> CountScripts(std::string_view text);

// True when `text` has a code point CountScripts would count: a letter of some script.
bool HasScriptLetters(std::string_view text);

// True when letters of script `found` ("Hani") are what text tagged with script `tagged`
// ("Hant", "Jpan") is written in: the same script, or one of those a combined or variant
// script code covers.
bool ScriptFits(std::string_view found, std::string_view tagged);

}  // namespace trainkit
