#include "trainkit/writers/docx/table.h"

namespace trainkit::writers::docx {

void WriteTable(render::XmlWriter& xml, const TableFormat& format, size_t rows,
                const std::function<void(size_t row, size_t column)>& cell) {
  xml.Start("w:tbl");
  xml.Start("w:tblPr");
  xml.Empty("w:tblStyle", {{"w:val", format.style_id}});
  xml.Empty("w:tblW", {{"w:w", std::to_string(format.width)}, {"w:type", "dxa"}});
  xml.Empty("w:tblLayout", {{"w:type", "fixed"}});
  xml.Empty("w:tblLook", {{"w:val", "04A0"}, {"w:firstRow", "1"}, {"w:lastRow", "0"}, {"w:firstColumn", "0"},
                          {"w:lastColumn", "0"}, {"w:noHBand", "1"}, {"w:noVBand", "1"}});
  xml.End();
  xml.Start("w:tblGrid");
  for (int width : format.column_widths) xml.Empty("w:gridCol", {{"w:w", std::to_string(width)}});
  xml.End();
  for (size_t r = 0; r < rows; ++r) {
    xml.Start("w:tr");
    xml.Start("w:trPr");
    xml.Empty("w:cantSplit");
    if (r == 0 && format.header_row) xml.Empty("w:tblHeader");
    xml.End();
    for (size_t c = 0; c < format.column_widths.size(); ++c) {
      xml.Start("w:tc");
      xml.Start("w:tcPr");
      xml.Empty("w:tcW", {{"w:w", std::to_string(format.column_widths[c])}, {"w:type", "dxa"}});
      xml.End();
      xml.Start("w:p");
      cell(r, c);
      xml.End();
      xml.End();
    }
    xml.End();
  }
  xml.End();
  xml.Empty("w:p");
}

void StartParagraph(render::XmlWriter& xml, const ParagraphFormat& format) {
  xml.Start("w:p");
  if (format.style_id.empty() && !format.keep_next) return;
  xml.Start("w:pPr");
  if (!format.style_id.empty()) xml.Empty("w:pStyle", {{"w:val", format.style_id}});
  if (format.keep_next) xml.Empty("w:keepNext");
  xml.End();
}

}  // namespace trainkit::writers::docx
