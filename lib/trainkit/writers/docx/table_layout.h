// The widths of a handout table's columns, sized by their content as a browser sizes a table
// that fills the line: each column at least as wide as its longest word, and the room left
// shared out in proportion to how much more each needs to show its text on one line. The
// widths are written as a fixed grid, so that Word and LibreOffice lay the table out alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trainkit::writers::docx {

// What a cell shows, as far as its width goes.
struct CellText {
  std::string text;
  bool bold = false;
};

// An estimate of the width of `text` in twentieths of a point, at `half_points` (w:sz). The
// handout does not embed its fonts, so an estimate is all there is: it takes the widths of
// DejaVu Sans, which LibreOffice shows for the template's Arial where neither Arial nor its
// metric twin Liberation Sans is installed (Debian's default) and which is wider than both.
int EstimateWidth(std::string_view text, int half_points, bool bold);

// The widths in twentieths of a point of `columns` columns that add up to `available`, for
// cells `rows[row][column]` (a row may have fewer cells) with text of `half_points` and left
// and right margins of `cell_margins` together. A column is at least 1 cm wide, room
// for a tick or a number written by hand. When even the longest words do not fit, the columns
// share the width in proportion to them.
std::vector<int> ColumnWidths(const std::vector<std::vector<CellText>>& rows, size_t columns, int available,
                              int half_points, int cell_margins);

}  // namespace trainkit::writers::docx
