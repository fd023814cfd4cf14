#include "trainkit/base/utf8.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using trainkit::FindInvalidUtf8;

TEST_CASE("well-formed UTF-8 in every script the curricula use passes") {
  CHECK_FALSE(FindInvalidUtf8("Торгівля людьми; ș ț ă î â; ą ć ę ł ń ó ś ź ż; Трафик"));
  CHECK_FALSE(FindInvalidUtf8("\xF0\x9F\x93\x9E"));  // a four-byte character
}

TEST_CASE("the first bad byte is found") {
  CHECK(FindInvalidUtf8("ab\xE9" "cd") == 2u);                       // Latin-1 é
  CHECK(FindInvalidUtf8(std::string("ab\0cd", 5)) == 2u);            // NUL
  CHECK(FindInvalidUtf8("\xC0\xAF") == 0u);                          // overlong '/'
  CHECK(FindInvalidUtf8("x\xED\xA0\x80") == 1u);                     // surrogate
  CHECK(FindInvalidUtf8("\xF4\x90\x80\x80") == 0u);                  // past U+10FFFF
  CHECK(FindInvalidUtf8("ok\xE2\x82") == 2u);                        // cut short
}

TEST_CASE("bad bytes are replaced for display") {
  CHECK(trainkit::ReplaceInvalidUtf8("a\xE9z") == "a\xEF\xBF\xBDz");
  CHECK(trainkit::ReplaceInvalidUtf8("ok") == "ok");
}

TEST_CASE("code points are read and written back") {
  std::string text = "aж€\xF0\x9F\x93\x9E";
  std::string again;
  std::vector<char32_t> points;
  for (size_t at = 0; at < text.size();) points.push_back(trainkit::NextCodePoint(text, at));
  CHECK(points == std::vector<char32_t>{U'a', U'ж', U'€', 0x1F4DE});
  for (char32_t cp : points) trainkit::AppendUtf8(again, cp);
  CHECK(again == text);
}
