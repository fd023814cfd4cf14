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

TEST_CASE("a tag parses into its subtags, each with its part of the grammar") {
  using Kind = trainkit::Subtag::Kind;
  auto kinds = [](std::string_view tag) {
    std::vector<std::pair<Kind, std::string>> out;
    auto subtags = trainkit::ParseLanguageTag(tag);
    REQUIRE(subtags);
    for (const auto& subtag : *subtags) out.emplace_back(subtag.kind, subtag.text);
    return out;
  };
  CHECK(kinds("sr-Latn-RS") == std::vector<std::pair<Kind, std::string>>{
                                   {Kind::kLanguage, "sr"}, {Kind::kScript, "Latn"}, {Kind::kRegion, "RS"}});
  // Eight letters fit the grammar of a variant: well-formed, if no such variant exists.
  CHECK(kinds("sr-Cyrillic") == std::vector<std::pair<Kind, std::string>>{{Kind::kLanguage, "sr"},
                                                                          {Kind::kVariant, "Cyrillic"}});
  CHECK(kinds("zh-yue-HK") == std::vector<std::pair<Kind, std::string>>{
                                  {Kind::kLanguage, "zh"}, {Kind::kExtlang, "yue"}, {Kind::kRegion, "HK"}});
  CHECK(kinds("de-CH-1901-u-co-phonebk-x-a") ==
        std::vector<std::pair<Kind, std::string>>{{Kind::kLanguage, "de"},      {Kind::kRegion, "CH"},
                                                  {Kind::kVariant, "1901"},     {Kind::kExtension, "u"},
                                                  {Kind::kExtension, "co"},     {Kind::kExtension, "phonebk"},
                                                  {Kind::kPrivateUse, "x"},     {Kind::kPrivateUse, "a"}});
  CHECK(kinds("x-private") == std::vector<std::pair<Kind, std::string>>{{Kind::kPrivateUse, "x"},
                                                                        {Kind::kPrivateUse, "private"}});
  CHECK_FALSE(trainkit::ParseLanguageTag("sr_Cyrl"));
}
