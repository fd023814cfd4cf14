#include "trainkit/base/locale_names.h"

#include <catch2/catch.hpp>

using trainkit::CountryName;
using trainkit::LanguageName;

TEST_CASE("countries are named in the program's language") {
  CHECK(CountryName("PL", "uk") == "Польща");
  CHECK(CountryName("MD", "ro") == "Republica Moldova");
  CHECK(CountryName("MD", "ro-MD") == "Republica Moldova");
  CHECK(CountryName("UA", "pl") == "Ukraina");
  CHECK(CountryName("BG", "bg") == "България");
  CHECK(CountryName("RS", "en") == "Serbia");
}

TEST_CASE("languages are named, with their script and region") {
  CHECK(LanguageName("uk", "uk") == "українська");
  CHECK(LanguageName("ro-MD", "ro-MD") == "română (Republica Moldova)");
  CHECK(LanguageName("sr-Cyrl", "sr-Cyrl") == "српски (ћирилица)");
  CHECK(LanguageName("pl", "en") == "Polish");
}

TEST_CASE("a code ICU cannot name is printed as it is") {
  CHECK(CountryName("XZ", "en") == "XZ");
  CHECK(LanguageName("not a tag", "en") == "not a tag");
}
