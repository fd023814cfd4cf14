#include "trainkit/render/image_check.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using trainkit::render::CheckImageBytes;

TEST_CASE("a whole PNG passes and a damaged one says what is wrong") {
  std::ifstream in(std::filesystem::path(TRAINKIT_SOURCE_DIR) / "curricula/trafficking-in-women/media/act-means-purpose.png",
                   std::ios::binary);
  std::string png{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  REQUIRE(png.size() > 1000);
  CHECK(CheckImageBytes(png).ok());
  CHECK(CheckImageBytes(png.substr(0, png.size() / 2)).message() == "the PNG file is cut short");
  std::string flipped = png;
  flipped[png.size() / 2] ^= 0x55;
  CHECK(CheckImageBytes(flipped).message().rfind("the PNG file is damaged", 0) == 0);
  CHECK(CheckImageBytes("GIF89a").message() == "it is not a PNG or JPEG file");
}

TEST_CASE("a JPEG needs its frame header and end marker") {
  std::string jpeg = "\xFF\xD8\xFF\xE0" + std::string("\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 16) +
                     std::string("\xFF\xC0\x00\x11\x08\x00\x20\x00\x40\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 19) +
                     "\xFF\xD9";
  CHECK(CheckImageBytes(jpeg).ok());
  CHECK(CheckImageBytes(jpeg.substr(0, jpeg.size() - 2)).message() == "the JPEG file is cut short");
  std::string huge = jpeg;
  huge[jpeg.find("\xFF\xC0") + 5] = '\xFF';  // 65,344 × 65,312 pixels
  huge[jpeg.find("\xFF\xC0") + 7] = '\xFF';
  CHECK(CheckImageBytes(huge).message().find("more than the limit") != std::string::npos);
}
