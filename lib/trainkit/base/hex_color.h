// A colour written "#rrggbb", as style.json and brand.json write them.
#pragma once

#include <array>
#include <cctype>
#include <optional>
#include <string_view>

namespace trainkit {

// Red, green and blue (0-255) of "#rrggbb" (hexadecimal digits in either case), or nullopt for
// anything else: no sign, no space, no shorter form.
inline std::optional<std::array<int, 3>> ParseHexColor(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  auto digit = [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
  };
  std::array<int, 3> rgb{};
  for (size_t i = 1; i < 7; ++i) {
    if (!std::isxdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  }
  for (size_t c = 0; c < 3; ++c) rgb[c] = digit(text[1 + 2 * c]) * 16 + digit(text[2 + 2 * c]);
  return rgb;
}

}  // namespace trainkit
