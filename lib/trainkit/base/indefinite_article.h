// "a module", "an audience": the English indefinite article for a noun built into a message.
#pragma once

#include <string>
#include <string_view>

namespace trainkit {

// `noun` with "a " or "an " before it, chosen by its first letter (an element name such as
// "<objectives>" by the letter after '<'). The nouns trainkit's messages use have no silent
// consonant or consonant-sounding vowel ("hour", "user"), so the letter decides.
inline std::string WithArticle(std::string_view noun) {
  std::string_view word = noun.substr(noun.rfind('<', 0) == 0 ? 1 : 0);
  char first = word.empty() ? ' ' : word.front();
  bool vowel = std::string_view("aeiouAEIOU").find(first) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(noun);
}

}  // namespace trainkit
