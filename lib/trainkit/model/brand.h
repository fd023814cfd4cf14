// An organisation's brand, as an NGO writes it once (brand.json): its name, logo, colours,
// fonts, contact and website, which every output it prints or publishes carries.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace trainkit::model {

// The logo, ready for any output: a PNG or a JPEG (an SVG is drawn into a PNG when read).
struct Logo {
  std::string file;   // as brand.json names it, for messages
  std::string bytes;  // PNG or JPEG, checked
  bool png = true;
  double width = 0, height = 0;  // pixels

  double aspect() const { return width > 0 ? height / width : 1; }
};

// The colours a brand may set: the PDF style's names (templates/pdf/style.json). `accent`
// also colours the handout's headings and the e-learning player's header.
inline constexpr std::array<std::string_view, 9> kBrandColors = {
    "accent", "text", "muted", "note_fill", "note_border", "safety_fill", "safety_border", "header_fill", "rule"};

struct Brand {
  std::string file;  // brand.json as the user named it, for messages
  std::string name;  // the organisation, never empty
  std::optional<Logo> logo;
  std::map<std::string, std::string> colors;  // a name of kBrandColors -> "#rrggbb"
  // The typeface: its family name (for the handout and the player, which name fonts) and its
  // four font files, found (for the PDFs, which embed them); either may be empty.
  std::string font_family;
  std::array<std::string, 4> font_files;  // regular, bold, italic, bold italic: paths
  std::string contact;  // an address, a phone number, an e-mail: one line
  std::string website;  // an http(s) URL

  // "name · website · contact", without the empty parts: a footer's line.
  std::string Signature() const {
    std::string line = name;
    for (const std::string* part : {&website, &contact}) {
      if (!part->empty()) line += " · " + *part;
    }
    return line;
  }
};

}  // namespace trainkit::model
