// What trainkit says about each language tag: malformed (E132), unknown subtags (E190) with
// what was likely meant, deprecated and legacy ones (W191).
#include <catch2/catch.hpp>

#include "trainkit/validate/rules.h"

using namespace trainkit;

namespace {

std::vector<std::string> CheckTag(const std::string& tag) {
  Diagnostics diagnostics;
  validate::CheckLanguage(tag, {}, diagnostics);
  std::vector<std::string> found;
  for (const auto& d : diagnostics.items()) found.push_back(std::string(Info(d.code).name) + ": " + d.message);
  return found;
}

using Messages = std::vector<std::string>;

}  // namespace

TEST_CASE("valid tags pass, whatever their case") {
  for (const char* tag : {"en", "uk", "ro", "ro-MD", "bg", "pl", "ru", "sr", "sr-Latn", "sr-Cyrl-RS", "SR-latn",
                          "es-419", "de-CH-1901", "cmn", "und", "x-private", "en-a-bbb-x-ccc"}) {
    CAPTURE(tag);
    CHECK(CheckTag(tag).empty());
  }
}

TEST_CASE("an unknown subtag is named, with what was likely meant") {
  CHECK(CheckTag("rs") == Messages{"E190: unknown language 'rs' in language tag 'rs': RS is the region code of "
                                   "Serbia; did you mean 'sr' for Serbian?"});
  CHECK(CheckTag("rs-Latn") == Messages{"E190: unknown language 'rs' in language tag 'rs-Latn': RS is the region "
                                        "code of Serbia; did you mean 'sr-Latn' for Serbian (Latin)?"});
  CHECK(CheckTag("sr-Cyrillic") == Messages{"E190: unknown subtag 'Cyrillic' in language tag 'sr-Cyrillic'; did "
                                            "you mean 'sr-Cyrl' for Serbian (Cyrillic)?"});
  CHECK(CheckTag("ro-Moldova") == Messages{"E190: unknown subtag 'Moldova' in language tag 'ro-Moldova'; did you "
                                           "mean 'ro-MD' for Romanian (Moldova)?"});
  CHECK(CheckTag("serbian") == Messages{"E190: unknown language 'serbian' in language tag 'serbian'; did you mean "
                                        "'sr' for Serbian?"});
  CHECK(CheckTag("ukr") == Messages{"E190: unknown language 'ukr' in language tag 'ukr'; did you mean 'uk' for "
                                    "Ukrainian?"});
  CHECK(CheckTag("en-UK") == Messages{"E190: unknown region 'UK' in language tag 'en-UK'; did you mean 'en-GB' "
                                      "for English (United Kingdom)?"});
  // A script name is a script, but no tag puts two scripts in a row.
  CHECK(CheckTag("sr-Latn-Cyrillic") == Messages{"E190: unknown subtag 'Cyrillic' in language tag "
                                                 "'sr-Latn-Cyrillic'; the script subtag for Cyrillic is 'Cyrl'"});
  CHECK(CheckTag("sr-Cyrk") == Messages{"E190: unknown script 'Cyrk' in language tag 'sr-Cyrk'"});
  CHECK(CheckTag("qq-Cyrk") == Messages{"E190: unknown language 'qq' in language tag 'qq-Cyrk'",
                                        "E190: unknown script 'Cyrk' in language tag 'qq-Cyrk'"});
}

TEST_CASE("deprecated and legacy subtags are warned about, with the tag to write") {
  CHECK(CheckTag("mo") == Messages{"W191: deprecated language 'mo' in language tag 'mo'; write 'ro' for Romanian"});
  CHECK(CheckTag("sr-CS") == Messages{"W191: deprecated region 'CS' in language tag 'sr-CS'; write 'sr-RS' for "
                                      "Serbian (Serbia)"});
  CHECK(CheckTag("sh") == Messages{"W191: legacy language 'sh' (Serbo-Croatian) in language tag 'sh': CLDR reads "
                                   "it as 'sr-Latn', Serbian (Latin); write that tag, or the one of the language "
                                   "the text is in"});
}

TEST_CASE("a malformed tag is an error of its own, with the tag that was likely meant") {
  CHECK(CheckTag("sr Latn") == Messages{"E132: malformed language tag 'sr Latn': use a BCP 47 tag such as 'uk', "
                                        "'ro-MD' or 'sr-Latn'"});
  CHECK(CheckTag("sr_Cyrl") == Messages{"E132: malformed language tag 'sr_Cyrl': subtags are joined by hyphens; "
                                        "did you mean 'sr-Cyrl' for Serbian (Cyrillic)?"});
  CHECK(CheckTag("ro_MD") == Messages{"E132: malformed language tag 'ro_MD': subtags are joined by hyphens; did "
                                      "you mean 'ro-MD' for Romanian (Moldova)?"});
  CHECK(CheckTag("Ukrainian") == Messages{"E132: malformed language tag 'Ukrainian': use the language's code; did "
                                          "you mean 'uk' for Ukrainian?"});
  // No suggestion of a tag that is no better.
  CHECK(CheckTag("rs_Cyrillic") == Messages{"E132: malformed language tag 'rs_Cyrillic': use a BCP 47 tag such as "
                                            "'uk', 'ro-MD' or 'sr-Latn'"});
}

namespace {

// W192 for texts in a file tagged `tag`: each text at line 1, 2, ... of f.xml.
std::vector<std::string> CheckScript(const std::string& tag, const std::vector<std::string>& texts) {
  auto file = std::make_shared<SourceFile>("f.xml", "");
  Diagnostics diagnostics;
  validate::CheckTextScript(tag, {file, 1, 1}, [&](const validate::ContentVisitor& visitor) {
    for (size_t i = 0; i < texts.size(); ++i) visitor.text(model::Text{texts[i]}, {file, static_cast<int>(i) + 1, 1});
  }, diagnostics);
  std::vector<std::string> found;
  for (const auto& d : diagnostics.items()) {
    found.push_back(std::string(Info(d.code).name) + ": " + d.message);
    for (const auto& note : d.notes) found.push_back(note.location.ToString() + ": " + note.message);
  }
  return found;
}

}  // namespace

TEST_CASE("text in another script than its tag's is warned about once, with the tag that fits") {
  CHECK(CheckScript("sr-Latn", {"Zakon 388", "Закон у Србији", "Трговина људима"}) ==
        Messages{"W192: this file's text is mostly in Cyrillic script (26 of 31 letters), but its language tag "
                 "'sr-Latn' means Serbian in Latin script; if the text is Serbian, write 'sr-Cyrl'",
                 "f.xml:2:1: the first text in Cyrillic script"});
  // Without a script subtag, the language's usual script is expected: Cyrillic for Serbian.
  CHECK(CheckScript("sr", {"Trgovina ljudima je krivično delo."}) ==
        Messages{"W192: this file's text is mostly in Latin script (29 of 29 letters), but its language tag 'sr' "
                 "means Serbian in Cyrillic script; if the text is Serbian, write 'sr-Latn'",
                 "f.xml:1:1: the first text in Latin script"});
  // Text left in English under a Ukrainian tag.
  CHECK(CheckScript("uk", {"What is trafficking?"}) ==
        Messages{"W192: this file's text is mostly in Latin script (17 of 17 letters), but its language tag 'uk' "
                 "means Ukrainian in Cyrillic script; if the text is Ukrainian, write 'uk-Latn'",
                 "f.xml:1:1: the first text in Latin script"});
}

TEST_CASE("text in its tag's script passes, and so does what cannot be judged") {
  CHECK(CheckScript("uk", {"Торгівля людьми є злочином (trafficking)"}).empty());  // mostly Cyrillic
  CHECK(CheckScript("ro-MD", {"Traficul de ființe umane"}).empty());
  CHECK(CheckScript("sr-Cyrl", {"Трговина људима"}).empty());
  CHECK(CheckScript("ja", {"人身取引とは"}).empty());  // Han and Hiragana: Japanese
  CHECK(CheckScript("zh-TW", {"人口販運"}).empty());    // Han: Traditional Chinese
  CHECK(CheckScript("uk", {"116 123", "24/7"}).empty());  // no letters
  CHECK(CheckScript("rs", {"Трговина"}).empty());       // an unknown language: E190's to report
  CHECK(CheckScript("sr_Latn", {"Трговина"}).empty());  // malformed: E132's
  CHECK(CheckScript("und", {"Трговина"}).empty());      // no language, no script to expect
}
