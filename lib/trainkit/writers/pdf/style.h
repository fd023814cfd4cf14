// How the guide looks: page size and margins, type sizes, colours and fonts, read from
// templates/pdf/style.json so a designer can change them without touching code.
#pragma once

#include <array>
#include <string>
#include <string_view>

#include "trainkit/base/status.h"
#include "trainkit/writers/pdf/page_layout.h"

namespace trainkit::writers::pdf {

struct Style {
  double page_width = 595.276, page_height = 841.89;  // A4
  double margin_top = 64, margin_bottom = 60, margin_left = 56, margin_right = 56;
  double body_size = 10, small_size = 8, h1_size = 18, h2_size = 13.5, h3_size = 11, title_size = 26;
  double line_height = 1.35;     // a multiple of the type size
  double paragraph_space = 5;    // after a paragraph, in points
  double list_indent = 14;
  double box_padding = 8;
  Color text{0.1, 0.1, 0.1}, accent{0.12, 0.37, 0.55}, muted{0.35, 0.35, 0.35};
  Color note_fill{0.93, 0.96, 0.98}, note_border{0.12, 0.37, 0.55};
  Color safety_fill{0.99, 0.95, 0.9}, safety_border{0.7, 0.35, 0.0};
  Color header_fill{0.9, 0.93, 0.95}, rule{0.69, 0.72, 0.75};
  // File names of the regular, bold, italic and bold italic faces.
  std::array<std::string, 4> fonts = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                                      "DejaVuSans-BoldOblique.ttf"};

  double content_width() const { return page_width - margin_left - margin_right; }
};

// Reads a style from JSON; keys left out keep their defaults. An error names the bad key.
// `name` names the file in messages ("templates/pdf/style.json: unknown key 'colour'").
Status ParseStyle(std::string_view json, Style& style, std::string_view name = "style");

// Sets the page size: "a4" or "letter". Error for anything else.
Status SetPaper(std::string_view paper, Style& style);

}  // namespace trainkit::writers::pdf
