#include "trainkit/base/language_tag.h"

#include <catch2/catch.hpp>

using trainkit::IsWellFormedLanguageTag;

TEST_CASE("well-formed BCP 47 tags are accepted") {
  for (const char* tag : {"en", "uk", "ro", "ro-MD", "bg", "pl", "sr-Latn", "sr-Latn-RS", "es-419",
                          "de-CH-1901", "zh-yue-HK", "en-GB-oxendict", "x-private", "en-a-bbb-x-ccc"}) {
    CAPTURE(tag);
    CHECK(IsWellFormedLanguageTag(tag));
  }
}

TEST_CASE("malformed tags are rejected") {
  for (const char* tag : {"", "uk_UA", "u", "ukrainian", "ro-", "-ro", "ro--MD", "en-a", "123",
                          "en-GB-x", "ro MD"}) {
    CAPTURE(tag);
    CHECK_FALSE(IsWellFormedLanguageTag(tag));
  }
}
