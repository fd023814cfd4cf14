#include "trainkit/base/text_script.h"

#include <catch2/catch.hpp>

using trainkit::CountScripts;
using trainkit::ScriptFits;
using Counts = std::map<std::string, int>;

TEST_CASE("letters are counted by script, and digits, punctuation and marks by none") {
  CHECK(CountScripts("Закон у Србији, члан 388.") == Counts{{"Cyrl", 16}});
  CHECK(CountScripts("Zakon u Srbiji: član 388") == Counts{{"Latn", 16}});
  CHECK(CountScripts("Стаття 149 (Criminal Code)") == Counts{{"Cyrl", 6}, {"Latn", 12}});
  CHECK(CountScripts("ș ț ă î â") == Counts{{"Latn", 5}});
  CHECK(CountScripts("e\xCC\x81") == Counts{{"Latn", 1}});  // e and a combining acute accent
  CHECK(CountScripts("116 123 — 24/7").empty());
}

TEST_CASE("a script fits itself and the combined scripts that hold it") {
  CHECK(ScriptFits("Cyrl", "Cyrl"));
  CHECK_FALSE(ScriptFits("Cyrl", "Latn"));
  CHECK(ScriptFits("Hani", "Hant"));
  CHECK(ScriptFits("Hira", "Jpan"));
  CHECK(ScriptFits("Hang", "Kore"));
  CHECK_FALSE(ScriptFits("Hira", "Hans"));
}
