// The handout's building blocks (list numbering, runs, tables), each checked as the XML it writes.
#include <catch2/catch.hpp>

#include "trainkit/writers/docx/numbering.h"
#include "trainkit/writers/docx/run.h"
#include "trainkit/writers/docx/table.h"

using namespace trainkit;

TEST_CASE("each list has a numbering of its own and a numbered one starts again at 1") {
  writers::docx::ListNumbering numbering;
  CHECK(numbering.Add(false) == "1");
  CHECK(numbering.Add(true) == "2");
  std::string part = numbering.Part();
  CHECK(part.find("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>") != std::string::npos);
  CHECK(part.find("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
                  "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>") != std::string::npos);
  CHECK(part.find("<w:lvlText w:val=\"%2.\"/>") != std::string::npos);
}

TEST_CASE("a run's properties come in the schema's order and empty text writes nothing") {
  render::XmlWriter xml;
  xml.Start("w:p");
  writers::docx::WriteRun(xml, "", {"Hyperlink", true, false, "uk"});
  writers::docx::WriteRun(xml, "116 123", {"Hyperlink", true, true, "en"});
  xml.End();
  std::string part = xml.Finish();
  CHECK(part.find("<w:p><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:b/><w:i/><w:lang w:val=\"en\"/></w:rPr>"
                  "<w:t xml:space=\"preserve\">116 123</w:t></w:r></w:p>") != std::string::npos);
}

TEST_CASE("a table has fixed columns, rows that never split, a repeated header and a paragraph after it") {
  render::XmlWriter xml;
  xml.Start("w:body");
  writers::docx::WriteTable(xml, {"HandoutTable", 9000, {3000, 6000}, true}, 2, [&](size_t row, size_t column) {
    if (row == 1 && column == 1) writers::docx::WriteRun(xml, "116 123", {});
  });
  xml.End();
  std::string part = xml.Finish();
  CHECK(part.find("<w:tblLayout w:type=\"fixed\"/>") != std::string::npos);
  CHECK(part.find("<w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"6000\"/></w:tblGrid>") != std::string::npos);
  CHECK(part.find("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>") != std::string::npos);
  CHECK(part.find("<w:tr><w:trPr><w:cantSplit/></w:trPr>") != std::string::npos);
  CHECK(part.find("<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr><w:p/></w:tc>") != std::string::npos);
  CHECK(part.find("<w:t xml:space=\"preserve\">116 123</w:t>") != std::string::npos);
  CHECK(part.find("</w:tbl><w:p/></w:body>") != std::string::npos);
}
