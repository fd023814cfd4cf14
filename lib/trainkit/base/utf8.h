// Checks that bytes are well-formed UTF-8 text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace trainkit {

// The offset of the first byte that is not part of well-formed UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF included), or of the first NUL; nullopt if none.
std::optional<size_t> FindInvalidUtf8(std::string_view text);

// The code point that starts at `at` in well-formed UTF-8 `text`; moves `at` past it.
char32_t NextCodePoint(std::string_view text, size_t& at);
// Appends `code_point` to `out` as UTF-8.
void AppendUtf8(std::string& out, char32_t code_point);

// `text` with each byte that is not well-formed UTF-8 replaced by U+FFFD, so it can be shown.
std::string ReplaceInvalidUtf8(std::string_view text);

}  // namespace trainkit
