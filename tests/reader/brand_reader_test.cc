#include "trainkit/reader/brand_reader.h"

#include <catch2/catch.hpp>

#include <map>
#include <memory>

#include "trainkit/render/image_check.h"

using namespace trainkit;

namespace {

// A whole 1x1 PNG (gray), made by hand: a logo the reader accepts.
const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\x00\0\0\0\x3a\x7e\x9b\x55"
                                     "\0\0\0\x0aIDAT\x78\x9c\x63\x60\0\0\0\x02\0\x01\x48\xaf\xa4\x71"
                                     "\0\0\0\0IEND\xae\x42\x60\x82",
                                     67);

struct Files {
  std::map<std::string, std::string> files;  // beside brand.json
  std::map<std::string, std::string> fonts;  // found font files: name -> path
  reader::BrandFiles Get() const {
    reader::BrandFiles get;
    get.read = [this](const std::string& path, std::string& error) -> std::optional<std::string> {
      auto found = files.find(path);
      if (found == files.end()) {
        error = "no such file";
        return std::nullopt;
      }
      return found->second;
    };
    get.find_font = [this](const std::string& name) -> std::optional<std::string> {
      auto found = fonts.find(name);
      return found == fonts.end() ? std::nullopt : std::optional<std::string>(found->second);
    };
    return get;
  }
};

std::optional<model::Brand> Read(const std::string& json, const Files& files, Diagnostics& diagnostics) {
  return reader::ReadBrand(std::make_shared<SourceFile>("brand.json", json), files.Get(), diagnostics);
}

// The diagnostics `json` gives, as "CODE line:column message" each.
std::vector<std::string> Refusals(const std::string& json, const Files& files = {}) {
  Diagnostics diagnostics;
  CHECK_FALSE(Read(json, files, diagnostics));
  std::vector<std::string> found;
  for (const Diagnostic& d : diagnostics.items()) {
    found.push_back(std::string(Info(d.code).name) + " " + std::to_string(d.location.line) + ":" +
                    std::to_string(d.location.column) + " " + d.message);
  }
  return found;
}

}  // namespace

TEST_CASE("a brand reads its name, logo, colours, fonts, contact and website") {
  Files files;
  files.files["art/logo.png"] = kPng;
  files.fonts = {{"Sans.ttf", "/fonts/Sans.ttf"}, {"Sans-Bold.ttf", "/fonts/Sans-Bold.ttf"},
                 {"Sans-Italic.ttf", "/fonts/Sans-Italic.ttf"}, {"Sans-BoldItalic.ttf", "/fonts/Sans-BoldItalic.ttf"}};
  Diagnostics diagnostics;
  auto brand = Read(R"({
    "name": "Фундація «Приклад»",
    "logo": "art/logo.png",
    "colors": {"accent": "#8a1538", "note_fill": "#fdf2f5"},
    "fonts": {"family": "Sans", "regular": "Sans.ttf", "bold": "Sans-Bold.ttf", "italic": "Sans-Italic.ttf",
              "bold_italic": "Sans-BoldItalic.ttf"},
    "contact": "вул. Прикладна 1, Київ",
    "website": "https://example.org"
  })",
                    files, diagnostics);
  CHECK(diagnostics.items().empty());
  REQUIRE(brand);
  CHECK(brand->file == "brand.json");
  CHECK(brand->name == "Фундація «Приклад»");
  REQUIRE(brand->logo);
  CHECK(brand->logo->bytes == kPng);
  CHECK(brand->logo->png);
  CHECK(brand->logo->width == 1);
  CHECK(brand->colors.at("accent") == "#8a1538");
  CHECK(brand->colors.at("note_fill") == "#fdf2f5");
  CHECK(brand->font_family == "Sans");
  CHECK(brand->font_files[1] == "/fonts/Sans-Bold.ttf");
  CHECK(brand->font_files[3] == "/fonts/Sans-BoldItalic.ttf");
  CHECK(brand->Signature() == "Фундація «Приклад» · https://example.org · вул. Прикладна 1, Київ");
}

TEST_CASE("a brand needs only its name") {
  Diagnostics diagnostics;
  auto brand = Read(R"({"name": "NGO"})", {}, diagnostics);
  REQUIRE(brand);
  CHECK_FALSE(brand->logo);
  CHECK(brand->colors.empty());
  CHECK(brand->font_files[0].empty());
  CHECK(brand->Signature() == "NGO");
}

TEST_CASE("a brand file that is not JSON is refused where the JSON breaks") {
  auto found = Refusals("{\n  \"name\": \"NGO\",\n  \"logo\" \"x.png\"\n}");
  REQUIRE(found.size() == 1);
  INFO(found[0]);
  CHECK(found[0].rfind("E189 3:10 the brand file is not valid JSON: syntax error", 0) == 0);
}

TEST_CASE("a brand without a name, with an unknown key or a bad value is refused at each") {
  CHECK(Refusals(R"({"logo": ""})") ==
        std::vector<std::string>{"E193 1:10 'logo' is empty: name a PNG, JPEG or SVG file, or leave it out",
                                 "E189 1:1 the brand has no 'name': the organisation's name is the one thing it needs"});
  CHECK(Refusals("{\"name\": \"  \"}") == std::vector<std::string>{"E189 1:10 'name' is empty: write the organisation's name"});
  CHECK(Refusals("{\"name\": \"NGO\",\n \"colour\": {}}") ==
        std::vector<std::string>{"E189 2:12 unknown key 'colour'; a brand's keys are name, logo, colors, fonts, contact, "
                                 "website"});
  CHECK(Refusals("{\"name\": \"NGO\", \"colors\": {\"accent\": \"red\", \"link\": \"#000000\"}}") ==
        std::vector<std::string>{
            "E189 1:38 colour 'accent' must be written \"#rrggbb\", as \"#8a1538\"",
            "E189 1:53 unknown colour 'link'; the colours are accent, text, muted, note_fill, note_border, safety_fill, "
            "safety_border, header_fill, rule"});
  CHECK(Refusals(R"({"name": "NGO", "colors": {"text": "#-1-1-1", "rule": "# f f f"}})") ==
        std::vector<std::string>{"E189 1:36 colour 'text' must be written \"#rrggbb\", as \"#8a1538\"",
                                 "E189 1:55 colour 'rule' must be written \"#rrggbb\", as \"#8a1538\""});
  // A value that says a key's name is not where the key is.
  CHECK(Refusals(R"({"contact": "name", "website": "ftp://x", "name": " "})") ==
        std::vector<std::string>{"E189 1:32 'website' must be an address starting with https:// or http://",
                                 "E189 1:51 'name' is empty: write the organisation's name"});
  CHECK(Refusals(R"({"name": "NGO", "website": "example.org"})") ==
        std::vector<std::string>{"E189 1:28 'website' must be an address starting with https:// or http://"});
  CHECK(Refusals(R"({"name": 5})") == std::vector<std::string>{"E189 1:10 'name' must be text, in double quotes"});
  CHECK(Refusals(R"({"name": "NGO\nLine two"})") ==
        std::vector<std::string>{"E189 1:10 it must be one line: it is printed in a footer"});
  CHECK(Refusals(R"(["name"])") ==
        std::vector<std::string>{"E189 1:1 the brand file must be a JSON object: {\"name\": \"…\", …}"});
}

TEST_CASE("a brand's fonts name all four faces, each found, or only a family") {
  Files files;
  files.fonts = {{"A.ttf", "/f/A.ttf"}};
  auto found = Refusals(R"({"name": "NGO", "fonts": {"regular": "A.ttf", "bold": "B.ttf"}})", files);
  REQUIRE(found.size() == 2);
  INFO(found[0]);
  CHECK(found[0].rfind("E189 1:55 font file 'B.ttf' not found beside the brand file", 0) == 0);
  CHECK(found[1].rfind("E189 1:26 'fonts' names some font files but not all four", 0) == 0);
  Diagnostics diagnostics;
  auto brand = Read(R"({"name": "NGO", "fonts": {"family": "Noto Sans"}})", files, diagnostics);
  REQUIRE(brand);
  CHECK(brand->font_family == "Noto Sans");
  CHECK(brand->font_files[0].empty());
}

TEST_CASE("a logo that is missing, damaged or not an image is refused with its file named") {
  Files files;
  files.files["cut.png"] = kPng.substr(0, 40);
  files.files["logo.gif"] = "GIF89a";
  files.files["empty.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
  CHECK(Refusals(R"({"name": "NGO", "logo": "gone.png"})", files) ==
        std::vector<std::string>{"E193 1:25 the logo 'gone.png' cannot be read: no such file"});
  auto cut = Refusals(R"({"name": "NGO", "logo": "cut.png"})", files);
  REQUIRE(cut.size() == 1);
  CHECK(cut[0].rfind("E193 1:25 the logo 'cut.png' is damaged: ", 0) == 0);
  CHECK(Refusals(R"({"name": "NGO", "logo": "logo.gif"})", files) ==
        std::vector<std::string>{"E193 1:25 the logo 'logo.gif' is not a PNG, a JPEG or an SVG"});
  CHECK(Refusals(R"({"name": "NGO", "logo": "/srv/logo.png"})", files) ==
        std::vector<std::string>{"E193 1:25 the logo '/srv/logo.png' must be named relative to the brand file"});
  files.files["words.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 9 9\"><text>NGO</text></svg>";
  auto words = Refusals(R"({"name": "NGO", "logo": "words.svg"})", files);
  REQUIRE(words.size() == 1);
  CHECK(words[0].rfind("E193 1:25 the logo 'words.svg': the SVG has text, which would be drawn in whatever fonts", 0) == 0);
  CHECK(Refusals(R"({"name": "NGO", "logo": "empty.svg"})", files) ==
        std::vector<std::string>{"E193 1:25 the logo 'empty.svg': the SVG has no size: give its <svg> a width and "
                                 "height, or a viewBox"});
}

TEST_CASE("an SVG logo is drawn into a PNG at its proportions, its ground left transparent") {
  Files files;
  files.files["logo.svg"] =
      "<?xml version=\"1.0\"?>\n<!-- the organisation's mark -->\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 100\"><circle cx=\"50\" cy=\"50\" r=\"40\"/></svg>";
  Diagnostics diagnostics;
  auto brand = Read(R"({"name": "NGO", "logo": "logo.svg"})", files, diagnostics);
  CHECK(diagnostics.items().empty());
  REQUIRE(brand);
  REQUIRE(brand->logo);
  CHECK(brand->logo->png);
  CHECK(render::CheckImageBytes(brand->logo->bytes).ok());
  CHECK(brand->logo->width == reader::kSvgLogoPixels);
  CHECK(brand->logo->height == reader::kSvgLogoPixels / 3);
  CHECK(brand->logo->bytes[25] == 6);  // RGBA: what the circle leaves is transparent
  // The same SVG gives the same PNG, byte for byte.
  Diagnostics again;
  CHECK(Read(R"({"name": "NGO", "logo": "logo.svg"})", files, again)->logo->bytes == brand->logo->bytes);
}
