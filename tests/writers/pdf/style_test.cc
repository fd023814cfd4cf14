#include "trainkit/writers/pdf/style.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace trainkit::writers::pdf;

TEST_CASE("the shipped style reads without error") {
  std::ifstream in(std::filesystem::path(TRAINKIT_SOURCE_DIR) / "templates/pdf/style.json");
  std::string json{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  Style style;
  CHECK(ParseStyle(json, style).ok());
  CHECK(style.page_width == Approx(595.276));
  CHECK(style.fonts[0] == "DejaVuSans.ttf");
}

TEST_CASE("a bad style says which key is wrong") {
  Style style;
  CHECK(ParseStyle("{\"body_size\": \"big\"}", style).message() == "style: 'body_size' must be a number from 0 to 500");
  CHECK(ParseStyle("{\"accent\": \"blue\"}", style).message() == "style: 'accent' must be a colour like \"#1f5f8b\"");
  CHECK(ParseStyle("{\"colour\": \"#000000\"}", style).message() == "style: unknown key 'colour'");
  CHECK(ParseStyle("{\"paper\": \"a5\"}", style).message() == "style: unknown paper size 'a5': use a4 or letter");
  CHECK(ParseStyle("{\"margin_left\": 480}", style).message() == "style: the margins leave less than two inches for the text");
  CHECK(ParseStyle("[]", style).message() == "style: not a JSON object");
  Style letter;
  CHECK(SetPaper("letter", letter).ok());
  CHECK(letter.page_width == 612);
}
