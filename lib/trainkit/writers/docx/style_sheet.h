// The style sheet a handout is written with, and the id under which it holds each style the
// handout uses: trainkit's own sheet (the template's styles.xml), or a reference DOCX's, in
// which each style is found the way Word and pandoc find it: by name, then by id.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "trainkit/xml/document.h"

namespace trainkit::writers::docx {

struct StyleSheet {
  xml::Node root;                          // the w:styles element to write
  std::map<std::string, std::string> ids;  // a style id of trainkit's sheet -> its id in `root`
  std::vector<std::string> added;          // names of trainkit's styles copied into `root`
};

// The ids of `needed` that the w:styles element `own` defines no style for, joined by ", ";
// empty when it has them all.
std::string MissingStyles(const xml::Node& own, const std::vector<std::string>& needed);

// `own` itself, each of `needed` under its own id.
StyleSheet OwnStyleSheet(xml::Node own, const std::vector<std::string>& needed);

// `reference` (another w:styles) with each style of `needed` (ids of styles in `own`, which has
// them all) and the styles they are based on matched in it: a style of the same type and the
// same name (as written, else ignoring case, as Word compares the names of its built-in
// styles), else of the same type and id. LibreOffice keeps names and renames ids (WriteIn
// becomes WriteinLine), localised Word keeps names and translates ids (Heading1 becomes
// berschrift1). A style the reference lacks is copied in from `own`, its based-on, next and
// linked styles pointing at their matches, and named in `added`.
StyleSheet MatchStyleSheet(const xml::Node& own, xml::Node reference, const std::vector<std::string>& needed);

// What sizes the columns of a table of a style: the size of its text in half-points (w:sz) and
// its cells' left and right margins in twentieths of a point.
struct TableMeasures {
  int text_size = 20;
  int cell_margins = 2 * 108;
};

// The measures of a table of the style `table_style` (an id of `sheet`), each from the first of
// the table style, the styles it is based on, the default paragraph style (for the text) and
// the document defaults that has it; else the standard's: 10 points, 0.19 cm margins.
TableMeasures MeasureTableStyle(const StyleSheet& sheet, const std::string& table_style);

}  // namespace trainkit::writers::docx
