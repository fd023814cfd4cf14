// What ICU's copy of the subtag registry says about the tags curricula use and misuse.
#include "trainkit/base/language_subtags.h"

#include <catch2/catch.hpp>

using namespace trainkit;
using Kind = Subtag::Kind;

TEST_CASE("the registry knows languages, scripts, regions and variants, in any case") {
  for (const char* language : {"uk", "ro", "bg", "pl", "ru", "sr", "hr", "en", "yue", "und", "qaa", "cmn"}) {
    CAPTURE(language);
    CHECK(StatusOf(Kind::kLanguage, language) == SubtagStatus::kValid);
  }
  CHECK(StatusOf(Kind::kLanguage, "UK") == SubtagStatus::kValid);
  CHECK(StatusOf(Kind::kScript, "Cyrl") == SubtagStatus::kValid);
  CHECK(StatusOf(Kind::kScript, "latn") == SubtagStatus::kValid);
  CHECK(StatusOf(Kind::kRegion, "MD") == SubtagStatus::kValid);
  CHECK(StatusOf(Kind::kRegion, "419") == SubtagStatus::kValid);
  CHECK(StatusOf(Kind::kVariant, "1901") == SubtagStatus::kValid);
  CHECK(StatusOf(Kind::kPrivateUse, "anything") == SubtagStatus::kValid);
}

TEST_CASE("codes that are no subtag, and deprecated ones, are told apart") {
  CHECK(StatusOf(Kind::kLanguage, "rs") == SubtagStatus::kUnknown);   // Serbia's country code
  CHECK(StatusOf(Kind::kLanguage, "ukr") == SubtagStatus::kUnknown);  // ISO 639-2: BCP 47 takes "uk"
  CHECK(StatusOf(Kind::kScript, "Cyrk") == SubtagStatus::kUnknown);
  CHECK(StatusOf(Kind::kVariant, "cyrillic") == SubtagStatus::kUnknown);
  CHECK(StatusOf(Kind::kRegion, "UK") == SubtagStatus::kUnknown);   // reserved for GB, not assigned
  CHECK(StatusOf(Kind::kRegion, "XY") == SubtagStatus::kValid);     // private use
  CHECK(StatusOf(Kind::kLanguage, "mo") == SubtagStatus::kDeprecated);  // Moldavian, now "ro"
  CHECK(StatusOf(Kind::kLanguage, "sh") == SubtagStatus::kLegacy);      // Serbo-Croatian
  CHECK(StatusOf(Kind::kLanguage, "cnr") == SubtagStatus::kLegacy);     // Montenegrin, read as sr-ME
  CHECK(StatusOf(Kind::kRegion, "CS") == SubtagStatus::kDeprecated);    // Serbia and Montenegro
}

TEST_CASE("aliases and canonical forms say what replaces an old or overlong code") {
  CHECK(AliasOf(Kind::kLanguage, "ukr") == "uk");
  CHECK(AliasOf(Kind::kLanguage, "sh") == "sr_Latn");
  CHECK(AliasOf(Kind::kRegion, "CS") == "RS ME");
  CHECK(AliasOf(Kind::kRegion, "UK") == "GB");
  CHECK_FALSE(AliasOf(Kind::kLanguage, "uk"));
  CHECK(CanonicalLanguageTag("sh") == "sr-Latn");
  CHECK(CanonicalLanguageTag("mo-MD") == "ro-MD");
  CHECK(CanonicalLanguageTag("sr-CS") == "sr-RS");
}

TEST_CASE("subtags have English names, and names lead back to subtags") {
  CHECK(SubtagName(Kind::kLanguage, "sr") == "Serbian");
  CHECK(SubtagName(Kind::kLanguage, "sh") == "Serbo-Croatian");
  CHECK(SubtagName(Kind::kScript, "Cyrl") == "Cyrillic");
  CHECK(SubtagName(Kind::kRegion, "SR") == "Suriname");
  CHECK(SubtagName(Kind::kLanguage, "rs").empty());
  CHECK(LanguageTagName("sr-Latn") == "Serbian (Latin)");
  CHECK(SubtagNamed(Kind::kScript, "Cyrillic") == "Cyrl");
  CHECK(SubtagNamed(Kind::kLanguage, "serbian") == "sr");
  CHECK(SubtagNamed(Kind::kRegion, "Moldova") == "MD");
  CHECK_FALSE(SubtagNamed(Kind::kScript, "Serbian"));
}

TEST_CASE("a region's language is the one most likely spoken there") {
  CHECK(LikelyLanguageOf("RS") == "sr");
  CHECK(LikelyLanguageOf("SR") == "nl");
}

TEST_CASE("a tag's script is its own, or its language's usual one in its region") {
  CHECK(ScriptOf("sr-Latn") == "Latn");
  CHECK(ScriptOf("sr") == "Cyrl");
  CHECK(ScriptOf("sr-ME") == "Latn");
  CHECK(ScriptOf("uk") == "Cyrl");
  CHECK(ScriptOf("ro-MD") == "Latn");
  CHECK(ScriptOf("sh") == "Latn");
  CHECK(ScriptOf("und") == "");  // no language, no script to expect
}
