// A WordprocessingML table set the way trainkit's handouts need it: column widths fixed from
// a grid (so Word and LibreOffice agree), rows never split across pages, the header row
// repeated on every page the table runs over, and a paragraph after it (Word joins tables that
// touch).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "trainkit/render/xml_writer.h"

namespace trainkit::writers::docx {

struct TableFormat {
  std::string style_id;            // the table style's id
  int width = 0;                   // twips
  std::vector<int> column_widths;  // twips, one per column
  bool header_row = false;         // the first row is a header
};

// `cell` writes the runs of one cell, or nothing; every cell still ends with a paragraph.
void WriteTable(render::XmlWriter& xml, const TableFormat& format, size_t rows,
                const std::function<void(size_t row, size_t column)>& cell);

struct ParagraphFormat {
  std::string style_id;  // or empty
  bool keep_next = false;
};
// Opens a w:p with its properties; the caller writes its runs and closes it.
void StartParagraph(render::XmlWriter& xml, const ParagraphFormat& format);

}  // namespace trainkit::writers::docx
