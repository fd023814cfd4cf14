// Print layouts for the PDFs, for an NGO printing a day's paper for a room: a booklet (pages of
// half the sheet, two to each side of a sheet, in the order that makes a saddle-stitched
// booklet when the stack is folded), and grayscale (colours chosen to stay distinct in gray).
#pragma once

#include <array>
#include <vector>

#include "trainkit/writers/pdf/page_layout.h"
#include "trainkit/writers/pdf/style.h"

namespace trainkit::writers::pdf {

// Pages of half the sheet, turned: A5 on A4, half-letter on Letter; the margins three
// quarters of the sheet's.
void SetBookletPaper(Style& style);

// Every colour as its gray, and the two kinds of callout set apart by how dark they are (a
// safety note darker, with a black bar), since their hues no longer tell them apart.
void SetGrayscale(Style& style);

// The reading pages (1-based, 0 for a blank) on each side of each sheet, left then right,
// for a booklet of `pages` pages: blanks added to a multiple of four, the sheets' fronts and
// backs in printing order (for 8: 8 1, 2 7, 6 3, 4 5).
std::vector<std::array<int, 2>> BookletOrder(int pages);

// The pages of `pages`, laid out on half sheets, imposed two to a side of a whole sheet in
// booklet order; links and bookmarks go to the side their page is on.
PageList ImposeBooklet(const PageList& pages);

}  // namespace trainkit::writers::pdf
