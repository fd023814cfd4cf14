#include "trainkit/writers/docx/style_sheet.h"

#include <catch2/catch.hpp>

using namespace trainkit;

namespace {

writers::docx::StyleSheet Sheet(const std::string& styles) {
  Diagnostics diagnostics;
  auto document = xml::ParseText(
      std::make_shared<SourceFile>("styles.xml",
                                   "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                                       styles + "</w:styles>"),
      diagnostics);
  REQUIRE(document);
  return writers::docx::OwnStyleSheet(document->root(), {});
}

}  // namespace

TEST_CASE("a table style's text size and cell margins come from it, its bases or the defaults") {
  auto own = Sheet(
      "<w:style w:type=\"table\" w:styleId=\"Base\"><w:tblPr><w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/>"
      "<w:right w:w=\"70\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
      "<w:style w:type=\"table\" w:styleId=\"T\"><w:basedOn w:val=\"Base\"/><w:rPr><w:sz w:val=\"18\"/></w:rPr></w:style>");
  auto measures = writers::docx::MeasureTableStyle(own, "T");
  CHECK(measures.text_size == 18);
  CHECK(measures.cell_margins == 130);

  auto defaults = Sheet(
      "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      "<w:style w:type=\"table\" w:styleId=\"T\"/>");
  measures = writers::docx::MeasureTableStyle(defaults, "T");
  CHECK(measures.text_size == 24);
  CHECK(measures.cell_margins == 216);  // Word's 0.19 cm on each side
  CHECK(writers::docx::MeasureTableStyle(Sheet(""), "missing").text_size == 20);
}
