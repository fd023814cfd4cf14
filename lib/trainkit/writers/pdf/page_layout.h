// The laid-out guide: pages of positioned text, lines, boxes, images and links, in PDF points
// with the origin at the bottom left. Pure data: it can be dumped as text and tested without
// PoDoFo, and the painter only copies it onto PDF pages.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace trainkit::writers::pdf {

enum class Face { kRegular, kBold, kItalic, kBoldItalic };

struct Color {
  double r = 0, g = 0, b = 0;
  friend bool operator==(const Color& a, const Color& b) { return a.r == b.r && a.g == b.g && a.b == b.b; }
};

// Where on the page an item belongs: the text area, or the running header or footer, which
// sit in the top and bottom margins.
enum class Region { kBody, kHeader, kFooter };

struct TextItem {
  double x = 0, y = 0;  // baseline start
  Face face = Face::kRegular;
  double size = 10;
  Color color;
  std::string text;  // UTF-8
  double width = 0;  // as measured when laid out
  Region region = Region::kBody;
  std::string language = {};  // where it is not the document's: a marked-content /Lang
};

struct RuleItem {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color;
  Region region = Region::kBody;
};

struct BoxItem {
  double x = 0, y = 0, width = 0, height = 0;  // (x, y) is the bottom left corner
  Color fill;
  bool stroke = false;
  Color stroke_color;
  double stroke_width = 0.75;
};

struct ImageItem {
  double x = 0, y = 0, width = 0, height = 0;
  std::string source;  // the media path, as the curriculum names it
  std::string alt;     // what it shows, for screen readers: a marked-content /Alt, never drawn
};

// A clickable area: to a URL, or to a place in the document.
struct LinkItem {
  double x = 0, y = 0, width = 0, height = 0;
  std::string uri;        // external link, or empty
  int target_page = -1;   // internal link (0-based page), or -1
  double target_y = 0;
};

using PageItem = std::variant<TextItem, RuleItem, BoxItem, ImageItem, LinkItem>;

// What a page begins or ends with, so that the layout's page breaks can be read and tested:
// a heading, lines `from`-`to` of a paragraph of `of` lines, a table's header row, lines of a
// table row, an image with its caption.
struct PagePiece {
  std::string kind;  // "heading", "lines", "kept-lines" (kept with what follows), "table-header",
                     // "row", "image"; empty: nothing
  int id = -1;       // the same for every line of one paragraph or row
  size_t from = 0, to = 0, of = 0;  // 1-based lines, for "lines", "kept-lines" and "row"
};

struct Page {
  std::vector<PageItem> items;
  // Why the page before ended where it did (empty on the first page): "new-part", "full",
  // "keep-with-next" (a heading or label moved on with what it leads to), "keep-whole" (a short
  // paragraph, a table row or an image moved whole), "orphan" (not one line alone at the foot),
  // "widow" (a line held back, so that the last line is not alone at the head),
  // "row-taller-than-page".
  std::string break_why;
  PagePiece first, last;
  // On a sheet of a booklet: the reading pages on its left and right halves (1-based; 0 for a
  // blank). Empty on a page that is not imposed.
  std::vector<int> imposed;
};

// A bookmark in the PDF outline.
struct OutlineEntry {
  std::string title;
  int level = 1;  // 1 = top
  int page = 0;
  double y = 0;
};

struct PageList {
  double width = 0, height = 0;
  double margin_top = 0, margin_right = 0, margin_bottom = 0, margin_left = 0;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
};

// Every page and item as one line of text each, rounded to tenths of a point.
std::string DumpPageList(const PageList& pages);

}  // namespace trainkit::writers::pdf
