#include "trainkit/base/source_file.h"

#include <catch2/catch.hpp>

using trainkit::SourceFile;

TEST_CASE("lines are returned without their line breaks") {
  SourceFile file("f.xml", "one\r\ntwo\n\nfour");
  CHECK(file.Line(1) == "one");
  CHECK(file.Line(2) == "two");
  CHECK(file.Line(3) == "");
  CHECK(file.Line(4) == "four");
  CHECK(file.Line(5) == "");
  CHECK(file.Line(0) == "");
}

TEST_CASE("columns count code points, not bytes") {
  SourceFile file("f.xml", "ab\nЖж<x/>");
  CHECK(file.LineColumn(0) == std::make_pair(1, 1));
  CHECK(file.LineColumn(3) == std::make_pair(2, 1));
  CHECK(file.LineColumn(7) == std::make_pair(2, 3));  // '<' after two two-byte letters
}

TEST_CASE("columns are right far into a long line of mixed letters") {
  std::string line;
  for (int i = 0; i < 1000; ++i) line += "aЖ€";  // 1, 2 and 3 bytes: six bytes, three code points
  SourceFile file("f.xml", "x\n" + line + "<end/>");
  CHECK(file.LineColumn(2 + 6 * 1000) == std::make_pair(2, 3 * 1000 + 1));
  CHECK(file.LineColumn(2 + 6 * 500 + 1) == std::make_pair(2, 3 * 500 + 2));  // the Ж after the 501st a
  CHECK(file.LineColumn(1 << 20) == std::make_pair(2, 3 * 1000 + 7));           // past the end: the end
}

TEST_CASE("every offset of lines short and long gets the column counted by hand") {
  std::string contents;
  for (int length : {0, 1, 100, 255, 256, 257, 300, 511, 512, 513, 1000}) {
    for (int i = 0; i < length; ++i) contents += i % 3 == 0 ? "ж" : "a";
    contents += '\n';
  }
  SourceFile file("f.xml", contents);
  int line = 1, column = 1;
  for (size_t offset = 0; offset < contents.size(); ++offset) {
    auto byte = static_cast<unsigned char>(contents[offset]);
    if ((byte & 0xC0) == 0x80) continue;  // inside a character: not a place a parser reports
    INFO("offset " << offset);
    REQUIRE(file.LineColumn(offset) == std::make_pair(line, column));
    if (byte == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
}
