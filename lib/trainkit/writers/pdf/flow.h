// What the guide says, in reading order, before it is cut into pages: headings, paragraphs,
// list items, tables, callout boxes and images. The layout engine turns a Flow into pages.
#pragma once

#include <map>
#include <string>
#include <variant>
#include <vector>

#include "trainkit/writers/pdf/page_layout.h"

namespace trainkit::writers::pdf {

// A run of text in one face, optionally a link (a URL, or "#anchor" for a place in the guide).
struct Span {
  std::string text;
  Face face = Face::kRegular;
  std::string link = {};
  std::string language = {};  // BCP 47, where it is not the document's (marked in the PDF)
};
using Spans = std::vector<Span>;

enum class Role { kBody, kSmall, kTitle, kSubtitle };

// Callouts: a tinted block with a bar on its left; it may run on over a page break.
enum class Callout { kNone, kNote, kSafety };

struct Heading {
  int level = 1;  // 1: a part of the guide (new page), 2: a section, 3: a sub-section
  Spans spans;    // bold, with emphasis as bold italic, and links
  std::string anchor;  // where "#anchor" links point; also a bookmark when not empty
  bool new_page = false;

  // Its words without formatting, for the bookmark.
  std::string Text() const {
    std::string text;
    for (const Span& span : spans) text += span.text;
    return text;
  }
};

// A marker drawn as lines rather than as a character, so that any font will do: a box to tick
// (materials, facts to check) and a pencil (a prompt to write on).
enum class Symbol { kNone, kCheckbox, kPencil };

struct Paragraph {
  Spans spans;
  Role role = Role::kBody;
  double indent = 0;
  std::string marker;  // a bullet or number hanging in the indent
  Symbol symbol = Symbol::kNone;  // or a symbol hanging there
  Callout callout = Callout::kNone;
  bool keep_with_next = false;  // a label, or a table's caption
  bool centred = false;         // each line centred between the margins
  std::string right;          // text set flush right on the last line
  std::string right_page_of;  // or, set there, the page number of this anchor (the contents)
};

struct TableCell {
  Spans spans;
};

struct Table {
  std::vector<double> widths;  // relative column widths; none: from the cells' text
  std::vector<TableCell> header;
  std::vector<std::vector<TableCell>> rows;
  Callout callout = Callout::kNone;
  int row_lines = 1;  // the least lines a body row is tall: room to write in on a form
};

// An image with its caption under it, never parted from it.
struct Image {
  std::string source;
  double aspect = 1;         // height / width
  double width_fraction = 1; // of the text width
  Spans caption = {};        // printed, small, centred under it
  std::string alt = {};      // for screen readers, never printed
  double max_height = 0;     // in points, or 0: as tall as its width makes it (a logo has a limit)
};

struct Spacer {
  double height = 0;
  bool at_top_too = false;  // kept at the top of a page (a certificate's), not dropped there
};

// Ruled lines to write on, under a prompt on participants' paper; never split over pages.
struct WritingLines {
  int count = 3;
  double indent = 0;
};

// What follows begins a new page (a certificate).
struct PageBreak {};

using FlowBlock = std::variant<Heading, Paragraph, Table, Image, Spacer, WritingLines, PageBreak>;
using Flow = std::vector<FlowBlock>;

}  // namespace trainkit::writers::pdf
