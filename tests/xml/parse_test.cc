#include "trainkit/xml/document.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "../support/temp_dir.h"

using namespace trainkit;

namespace {

struct Parsed {
  std::unique_ptr<xml::Document> document;
  Diagnostics diagnostics;
};

Parsed Parse(std::string text) {
  Parsed parsed;
  parsed.document = xml::ParseText(std::make_shared<SourceFile>("t.xml", std::move(text)), parsed.diagnostics);
  return parsed;
}

std::string Only(const Diagnostics& diagnostics) {
  REQUIRE(diagnostics.items().size() == 1);
  const Diagnostic& d = diagnostics.items()[0];
  return std::string(Info(d.code).name) + " " + d.location.ToString() + " " + d.message;
}

}  // namespace

TEST_CASE("elements and attributes know their line and column") {
  auto parsed = Parse(
      "<?xml version=\"1.0\"?>\n"
      "<root xmlns=\"urn:x\">\n"
      "  <child a=\"1\"\n"
      "         b='two'>text</child>\n"
      "  <ж/><next/>\n"
      "</root>\n");
  REQUIRE(parsed.document);
  const xml::Node& root = parsed.document->root();
  CHECK(root.name == "root");
  CHECK(root.ns == "urn:x");
  CHECK(root.location.ToString() == "t.xml:2:1");
  const xml::Node& child = root.children[1];
  CHECK(child.name == "child");
  CHECK(child.location.ToString() == "t.xml:3:3");
  CHECK(child.FindAttribute("a")->location.ToString() == "t.xml:3:10");
  CHECK(child.FindAttribute("a")->value_location.ToString() == "t.xml:3:13");
  CHECK(child.FindAttribute("b")->location.ToString() == "t.xml:4:10");
  CHECK(child.FindAttribute("b")->value == "two");
  CHECK(child.children[0].text == "text");
  CHECK(root.children[3].location.ToString() == "t.xml:5:3");
  CHECK(root.children[4].location.ToString() == "t.xml:5:7");  // after a Cyrillic name
}

TEST_CASE("locations hold with a byte order mark and CRLF line ends") {
  auto parsed = Parse("\xEF\xBB\xBF<root>\r\n  <a x=\"1\"/>\r\n</root>\r\n");
  REQUIRE(parsed.document);
  const xml::Node& a = parsed.document->root().children[1];
  CHECK(a.location.ToString() == "t.xml:2:3");
  CHECK(a.FindAttribute("x")->location.ToString() == "t.xml:2:6");
}

TEST_CASE("xml:lang is an attribute in the XML namespace") {
  auto parsed = Parse("<root xml:lang=\"uk\"/>");
  REQUIRE(parsed.document);
  CHECK(parsed.document->root().FindAttribute(xml::kXmlNamespace, "lang")->value == "uk");
  CHECK(parsed.document->root().FindAttribute("lang") == nullptr);
}

TEST_CASE("malformed XML is one error, just after the place libxml2 stopped") {
  auto parsed = Parse("<root>\n  <a></b>\n</root>\n");
  CHECK_FALSE(parsed.document);
  CHECK(Only(parsed.diagnostics) ==
        "E005 t.xml:2:10 malformed XML: Opening and ending tag mismatch: a line 2 and b");
}

TEST_CASE("an undeclared entity is malformed XML, never looked up") {
  auto parsed = Parse("<root>&secret;</root>");
  CHECK_FALSE(parsed.document);
  CHECK(Only(parsed.diagnostics).rfind("E005 t.xml:1:15 malformed XML: Entity 'secret' not defined", 0) == 0);
}

TEST_CASE("any DOCTYPE is refused before its entities are declared") {
  SECTION("external entity pointing at a local file") {
    auto parsed = Parse(
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE root [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]>\n"
        "<root>&leak;</root>\n");
    CHECK_FALSE(parsed.document);
    CHECK(Only(parsed.diagnostics).rfind("E006 t.xml:2:1 DOCTYPE declarations are not allowed", 0) == 0);
  }
  SECTION("external entity pointing at a URL") {
    auto parsed = Parse("<!DOCTYPE root SYSTEM \"http://example.invalid/x.dtd\"><root/>");
    CHECK_FALSE(parsed.document);
    CHECK(Only(parsed.diagnostics).rfind("E006 t.xml:1:1", 0) == 0);
  }
  SECTION("billion laughs") {
    std::string bomb = "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i < 10; ++i) {
      bomb += "<!ENTITY lol" + std::to_string(i) + " \"";
      for (int k = 0; k < 10; ++k) bomb += i == 1 ? "&lol;" : "&lol" + std::to_string(i - 1) + ";";
      bomb += "\">\n";
    }
    bomb += "]>\n<lolz>&lol9;</lolz>\n";
    auto parsed = Parse(bomb);
    CHECK_FALSE(parsed.document);
    CHECK(Only(parsed.diagnostics).rfind("E006 t.xml:1:1", 0) == 0);
  }
}

TEST_CASE("deep nesting is refused by libxml2's depth limit, not by running out of stack") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<a>";
  auto parsed = Parse(deep);
  CHECK_FALSE(parsed.document);
  REQUIRE(parsed.diagnostics.items().size() == 1);
  CHECK(parsed.diagnostics.items()[0].code == Code::E005);
  CHECK(parsed.diagnostics.items()[0].message.find("Excessive depth") != std::string::npos);
}

TEST_CASE("text that is not UTF-8 is refused with its position") {
  CHECK(Only(Parse("").diagnostics) == "E002 t.xml file is empty");
  CHECK(Only(Parse("<r>\n caf\xE9</r>").diagnostics) ==
        "E003 t.xml:2:5 file is not valid UTF-8 text here; save it as UTF-8");
  CHECK(Only(Parse(std::string("<r>\0</r>", 8)).diagnostics) ==
        "E003 t.xml:1:4 file contains a NUL byte: is it a binary file rather than XML text?");
  CHECK(Only(Parse(std::string("\xFF\xFE<\0r\0/\0>\0", 10)).diagnostics).rfind("E003 t.xml:1:1 file is UTF-16", 0) == 0);
  CHECK(Only(Parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r/>").diagnostics)
            .rfind("E003 t.xml:1:1 the XML declaration says encoding 'ISO-8859-1'", 0) == 0);
  CHECK(Parse("<?xml version='1.0' encoding='utf-8'?><r/>").document);
}

TEST_CASE("a binary file is named for what it is, at no line, since its bytes are no text") {
  CHECK(Only(Parse(std::string("PK\x03\x04\x14\0\0\0\x08\0", 10)).diagnostics) ==
        "E003 t.xml file is a zip archive (a SCORM package or a DOCX, say), not the XML text of a curriculum");
  CHECK(Only(Parse("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").diagnostics) ==
        "E003 t.xml file is a PDF document, not the XML text of a curriculum");
  CHECK(Only(Parse(std::string("\x7F" "ELF\x02\x01\x01\0", 8)).diagnostics) ==
        "E003 t.xml file is a binary file, not the XML text of a curriculum");
  // A stray NUL in a file that starts like XML is found where it is.
  CHECK(Only(Parse(std::string("\xEF\xBB\xBF\n<r>\0</r>", 12)).diagnostics) ==
        "E003 t.xml:2:4 file contains a NUL byte: is it a binary file rather than XML text?");
}

TEST_CASE("files that cannot be read are reported by name") {
  test::TempDir dir;
  Diagnostics diagnostics;
  CHECK_FALSE(xml::ParseFile(dir.path() / "missing.xml", "missing.xml", diagnostics));
  CHECK_FALSE(xml::ParseFile(dir.path(), "a-folder", diagnostics));
  dir.Write("big.xml", "<root>" + std::string(2000, ' ') + "</root>");
  CHECK_FALSE(xml::ParseFile(dir.path() / "big.xml", "big.xml", diagnostics, {1000}));
  REQUIRE(diagnostics.items().size() == 3);
  CHECK(diagnostics.items()[0].location.ToString() + " " + diagnostics.items()[0].message ==
        "missing.xml cannot read file: no such file");
  CHECK(diagnostics.items()[1].message == "cannot read file: it is a directory, not a file");
  CHECK(diagnostics.items()[2].message == "file is too large: 2013 bytes, the limit is 1000 bytes");
}

TEST_CASE("a file on one long line is parsed in linear time, its places still exact") {
  // As office suites save XML: 200,000 elements on one line of 4 MB. Finding each element's
  // column by counting from the line's start took minutes.
  std::string text = "<a>";
  for (int i = 0; i < 200000; ++i) text += "<b c=\"ж\">x</b>";
  text += "<last/></a>";
  auto start = std::chrono::steady_clock::now();
  Parsed parsed = Parse(text);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 10);
  REQUIRE(parsed.document);
  // Each <b> is 15 bytes and 14 code points.
  CHECK(parsed.document->root().children.back().location.ToString() ==
        "t.xml:1:" + std::to_string(3 + 200000 * 14 + 1));
}
