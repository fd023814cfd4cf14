// What the handout takes from a reference DOCX besides its styles, as pandoc takes it: the page
// set-up of its last section, its headers and footers with all they refer to (images: an NGO's
// logo), and its theme (the fonts and colours its styles may name). They are found through the
// package's relationships and content types, and carried into the handout under
// word/reference/, keeping their layout so their own relationships still hold.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "trainkit/base/status.h"
#include "trainkit/writers/writer.h"
#include "trainkit/xml/document.h"

namespace trainkit::writers::docx {

// A page's size and margins in twentieths of a point (a section's w:pgSz and w:pgMar).
struct PageSetup {
  int width = 11906, height = 16838;  // A4 portrait
  bool landscape = false;
  int top = 1134, right = 1134, bottom = 1134, left = 1134, header = 567, footer = 567, gutter = 0;
  bool title_page = false;  // w:titlePg: the first page has headers and footers of its own
  int text_width() const { return width - left - right - gutter; }
};

// A part of the reference, to be written into the handout as it is (or, for a header or
// footer, with its fields' results brought up to date).
struct CarriedPart {
  std::string name;          // in the handout: "word/reference/word/header1.xml"
  std::string content_type;  // empty for a relationships part, which has a default type
  std::string data;
};

// A header or footer of the reference's section.
struct SectionPart {
  bool header = true;  // else a footer
  std::string type;    // "default", "first" or "even"
  std::string target;  // relative to word/document.xml: "reference/word/header1.xml"
};

struct ReferencePackage {
  std::unique_ptr<xml::Document> styles;  // its w:styles
  std::optional<PageSetup> page;          // when its main document has a section
  std::vector<SectionPart> headers_footers;
  std::string theme;                      // target of its theme, or empty
  std::vector<CarriedPart> parts;         // everything to write into the handout
};

// Reads what the handout takes from `reference`. `fields` gives, by FieldKey, the results of
// the fields its headers and footers may show ("TITLE" -> the handout's title). Every XML part
// it takes is parsed. Error, naming the file, when a part is not well-formed, the styles part
// is missing, a relationship points at a part that is not there or leaves the package, a part
// to carry has no content type, or the page leaves less than an inch for the text.
Status ReadReferencePackage(const ReferenceDocx& reference, const std::map<std::string, std::string>& fields,
                            ReferencePackage& package);

}  // namespace trainkit::writers::docx
