#include "trainkit/xml/serialize.h"

#include <catch2/catch.hpp>

using namespace trainkit;

namespace {

std::unique_ptr<xml::Document> Parse(std::string text) {
  Diagnostics diagnostics;
  auto document = xml::ParseText(std::make_shared<SourceFile>("t.xml", std::move(text)), diagnostics);
  REQUIRE(document);
  return document;
}

}  // namespace

TEST_CASE("a parsed part is written back with its prefixes, declarations and escapes") {
  const std::string part =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:hdr xmlns:w=\"urn:w\" xmlns:mc=\"urn:mc\" mc:Ignorable=\"w14\">"
      "<w:p><w:r><w:t xml:space=\"preserve\">A &amp; B &lt;c&gt; \"d\"</w:t></w:r>"
      "<w:r><w:instrText> DOCPROPERTY &quot;Country&quot; </w:instrText></w:r>"
      "<x xmlns=\"urn:x\" a=\"line&#10;break&#9;tab &amp; &lt;\"/></w:p></w:hdr>";
  auto document = Parse(part);
  CHECK(document->root().prefix == "w");
  REQUIRE(document->root().namespaces.size() == 2);
  CHECK(document->root().namespaces[1].prefix == "mc");
  CHECK(document->root().namespaces[1].uri == "urn:mc");
  CHECK(document->root().attributes[0].prefix == "mc");
  CHECK(xml::Serialize(document->root()) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:hdr xmlns:w=\"urn:w\" xmlns:mc=\"urn:mc\" mc:Ignorable=\"w14\">"
        "<w:p><w:r><w:t xml:space=\"preserve\">A &amp; B &lt;c&gt; \"d\"</w:t></w:r>"
        "<w:r><w:instrText> DOCPROPERTY \"Country\" </w:instrText></w:r>"
        "<x xmlns=\"urn:x\" a=\"line&#10;break&#9;tab &amp; &lt;\"/></w:p></w:hdr>");
}

TEST_CASE("a tree written back and read again is the same tree") {
  auto first = Parse("<a xmlns=\"urn:a\" xmlns:b=\"urn:b\"><b:c b:d=\"1\">text\n  more</b:c>  <e/></a>");
  auto second = Parse(xml::Serialize(first->root()));
  CHECK(xml::Serialize(second->root()) == xml::Serialize(first->root()));
  const xml::Node& c = second->root().children[0];
  CHECK(c.ns == "urn:b");
  CHECK(c.FindAttribute("urn:b", "d")->value == "1");
  CHECK(c.children[0].text == "text\n  more");
}
