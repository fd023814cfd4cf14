#include "trainkit/writers/docx/fields.h"

#include <catch2/catch.hpp>

#include "trainkit/xml/serialize.h"

using namespace trainkit;

namespace {

std::string Set(const std::string& paragraph) {
  std::string part = "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + paragraph +
                     "</w:hdr>";
  Diagnostics diagnostics;
  auto document = xml::ParseText(std::make_shared<SourceFile>("h.xml", part), diagnostics);
  REQUIRE(document);
  xml::Node root = document->root();
  writers::docx::SetFieldResults(root, {{"TITLE", "New title"}, {"DOCPROPERTY COUNTRY", "PL"}});
  std::string out = xml::Serialize(root);
  return out.substr(out.find("<w:p>"), out.rfind("</w:hdr>") - out.find("<w:p>"));
}

}  // namespace

TEST_CASE("a field's key is its instruction without switches, quotes or case") {
  CHECK(writers::docx::FieldKey(" TITLE ") == "TITLE");
  CHECK(writers::docx::FieldKey(" DOCPROPERTY \"Country\" \\* MERGEFORMAT ") == "DOCPROPERTY COUNTRY");
  CHECK(writers::docx::FieldKey("docproperty  Country") == "DOCPROPERTY COUNTRY");
  CHECK(writers::docx::FieldKey(" PAGE ") == "PAGE");
}

TEST_CASE("the results of known fields are set, simple or complex, and others are left alone") {
  // A simple field: the first w:t gets the value, the rest nothing.
  CHECK(Set("<w:p><w:fldSimple w:instr=\" TITLE \"><w:r><w:t>Old</w:t></w:r><w:r><w:t> title</w:t></w:r>"
            "</w:fldSimple></w:p>") ==
        "<w:p><w:fldSimple w:instr=\" TITLE \"><w:r><w:t>New title</w:t></w:r><w:r><w:t/></w:r></w:fldSimple></w:p>");
  // A complex field, as LibreOffice and Word save one, with its instruction in two pieces.
  CHECK(Set("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DOCPROPERTY </w:instrText></w:r>"
            "<w:r><w:instrText>\"Country\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
            "<w:r><w:t>UA</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t> after</w:t></w:r></w:p>") ==
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DOCPROPERTY </w:instrText></w:r>"
        "<w:r><w:instrText>\"Country\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        "<w:r><w:t>PL</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t> after</w:t></w:r></w:p>");
  // A field trainkit does not know, nested in one it knows: each keeps to its own result.
  CHECK(Set("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TITLE </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Old</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>more</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>") ==
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TITLE </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>New title</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t/></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
}
