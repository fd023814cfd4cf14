// Lists of names in messages: "a, b, c".
#pragma once

#include <string>

namespace trainkit {

// Joins `words` with ", "; after `most` words, says how many more there are.
template <typename Words>
std::string Join(const Words& words, size_t most = static_cast<size_t>(-1)) {
  std::string text;
  size_t count = 0;
  for (const auto& word : words) {
    if (count++ == most) return text + " and " + std::to_string(words.size() - most) + " more";
    text += (text.empty() ? "" : ", ") + std::string(word);
  }
  return text;
}

}  // namespace trainkit
