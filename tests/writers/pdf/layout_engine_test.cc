#include "trainkit/writers/pdf/layout_engine.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace trainkit::writers::pdf;

namespace {

// Every code point is half as wide as the type is high, in every face.
class FixedWidth : public TextMeasurer {
 public:
  double Width(std::string_view utf8, Face, double size) const override {
    double count = static_cast<double>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
    return count * size * 0.5;
  }
};

// A 300 × 300 point page with 50 point margins: 200 points of text each way. Body text of 10
// points on 15 point lines: 13 lines a page, 40 characters a line.
Style SmallPage() {
  Style style;
  style.page_width = style.page_height = 300;
  style.margin_top = style.margin_bottom = style.margin_left = style.margin_right = 50;
  style.body_size = 10;
  style.line_height = 1.5;
  style.paragraph_space = 0;
  return style;
}

Paragraph Text(const std::string& text) {
  Paragraph p;
  p.spans = {{text, Face::kRegular, ""}};
  return p;
}

// A paragraph of `lines` full lines (each 8 words of 4 letters: 195 of the 200 points).
Paragraph Lines(int lines, char letter = 'a') {
  std::string text;
  for (int i = 0; i < lines * 8; ++i) text += std::string(4, letter) + " ";
  return Text(text);
}

std::vector<const TextItem*> Texts(const Page& page) {
  std::vector<const TextItem*> texts;
  for (const auto& item : page.items) {
    if (const auto* t = std::get_if<TextItem>(&item)) texts.push_back(t);
  }
  return texts;
}

LayoutResult Run(const Flow& flow) { return Layout(flow, SmallPage(), FixedWidth(), {}); }

}  // namespace

TEST_CASE("text wraps at the line width and never runs past the right margin") {
  LayoutResult result = Run({Lines(3), Text(std::string(100, 'x'))});
  REQUIRE(result.pages.pages.size() == 1);
  auto texts = Texts(result.pages.pages[0]);
  REQUIRE(texts.size() == 6);  // three lines of words, a 100-letter word cut into 40 + 40 + 20
  CHECK(texts[0]->text == "aaaa aaaa aaaa aaaa aaaa aaaa aaaa aaaa");
  CHECK(texts[1]->y == Approx(texts[0]->y - 15));
  CHECK(texts[3]->text == std::string(40, 'x'));
  CHECK(texts[5]->text == std::string(20, 'x'));
  FixedWidth measure;
  for (const TextItem* t : texts) CHECK(t->x + measure.Width(t->text, t->face, t->size) <= 250.001);
}

TEST_CASE("a paragraph never leaves one line alone at the foot or the head of a page") {
  SECTION("one line would fit: the whole paragraph moves") {
    LayoutResult result = Run({Lines(12), Lines(5, 'b')});
    REQUIRE(result.pages.pages.size() == 2);
    CHECK(Texts(result.pages.pages[0]).size() == 12);
    CHECK(Texts(result.pages.pages[1]).size() == 5);
  }
  SECTION("all but one line would fit: two go over") {
    LayoutResult result = Run({Lines(9), Lines(5, 'b')});
    REQUIRE(result.pages.pages.size() == 2);
    CHECK(Texts(result.pages.pages[0]).size() == 9 + 3);
    CHECK(Texts(result.pages.pages[1]).size() == 2);
  }
}

TEST_CASE("a paragraph longer than a page keeps two lines at the head of its last page") {
  // 13 lines a page: 14 lines would leave the last alone on page 2; one line goes over with it.
  LayoutResult result = Run({Lines(14)});
  REQUIRE(result.pages.pages.size() == 2);
  CHECK(Texts(result.pages.pages[0]).size() == 12);
  CHECK(Texts(result.pages.pages[1]).size() == 2);
  CHECK(result.pages.pages[1].break_why == "widow");
  CHECK(result.pages.pages[0].last.kind == "lines");
  CHECK(result.pages.pages[0].last.to == 12);
  CHECK(result.pages.pages[1].first.from == 13);
  CHECK(result.pages.pages[1].first.of == 14);
}

TEST_CASE("a heading goes with a table's header and first row, and the header row with that row") {
  Table table;
  table.widths = {1};
  table.header = {{{{"Header", Face::kRegular, ""}}}};
  table.rows.push_back({{{{std::string(40 * 3, 'r'), Face::kRegular, ""}}}});  // a row of 3 lines
  // 10 lines used: the heading and the header would fit, the first row would not.
  LayoutResult result = Run({Lines(10), Heading{2, {{"Table", Face::kBold}}, "", false}, table});
  REQUIRE(result.pages.pages.size() == 2);
  CHECK(Texts(result.pages.pages[0]).size() == 10);
  CHECK(Texts(result.pages.pages[1])[0]->text == "Table");
  CHECK(result.pages.pages[1].break_why == "keep-with-next");
  CHECK(result.pages.pages[1].last.kind == "row");
}

TEST_CASE("a label kept with what follows goes with a following heading's first lines too") {
  Paragraph label = Text("Label");
  label.keep_with_next = true;
  // The label, the heading and two lines of the paragraph cannot all fit after 10 lines.
  LayoutResult result = Run({Lines(10), label, Heading{3, {{"Sub", Face::kBold}}, "", false}, Lines(4, 'b')});
  REQUIRE(result.pages.pages.size() == 2);
  CHECK(Texts(result.pages.pages[1])[0]->text == "Label");
  CHECK(result.pages.pages[0].last.kind == "lines");
}

TEST_CASE("an image prints with its caption under it, never parted from it, and keeps its alt text") {
  Image image{"media/wide.png", 0.5, 1.0, {{"A short caption", Face::kItalic, ""}}, "What the picture shows"};
  LayoutResult result = Run({Lines(8), image});
  // 100 points of image and a caption line do not fit under 8 lines (120 of 200 points).
  REQUIRE(result.pages.pages.size() == 2);
  const Page& page = result.pages.pages[1];
  const auto& drawn = std::get<ImageItem>(page.items[0]);
  CHECK(drawn.alt == "What the picture shows");
  auto texts = Texts(page);
  REQUIRE(texts.size() == 1);
  CHECK(texts[0]->text == "A short caption");
  CHECK(texts[0]->y < drawn.y);
  CHECK(texts[0]->x + texts[0]->width / 2 == Approx(150));  // centred
  for (const auto& p : result.pages.pages) {
    for (const TextItem* t : Texts(p)) CHECK(t->text.find("What the picture") == std::string::npos);
  }
}

TEST_CASE("a heading stays with what follows it and becomes a bookmark") {
  LayoutResult result = Run({Lines(11), Heading{2, {{"Next part", Face::kBold}}, "next", false}, Lines(4, 'b')});
  REQUIRE(result.pages.pages.size() == 2);
  CHECK(Texts(result.pages.pages[0]).size() == 11);
  CHECK(Texts(result.pages.pages[1])[0]->text == "Next part");
  CHECK(result.anchors.at("next") == 1);
  REQUIRE(result.pages.outline.size() == 1);
  CHECK(result.pages.outline[0].page == 1);
}

TEST_CASE("a table that runs over repeats its header row on each page") {
  Table table;
  table.widths = {1, 1};
  table.header = {{{{"Time", Face::kRegular, ""}}}, {{{"What", Face::kRegular, ""}}}};
  for (int i = 0; i < 20; ++i) table.rows.push_back({{{{std::to_string(i), Face::kRegular, ""}}}, {{{"row", Face::kRegular, ""}}}});
  LayoutResult result = Run({table});
  REQUIRE(result.pages.pages.size() >= 3);
  for (const auto& page : result.pages.pages) {
    auto texts = Texts(page);
    REQUIRE(texts.size() >= 2);
    CHECK(texts[0]->text == "Time");
    CHECK(texts[0]->face == Face::kBold);
  }
  int rows = 0;
  for (const auto& page : result.pages.pages) {
    for (const TextItem* t : Texts(page)) rows += t->text == "row" ? 1 : 0;
  }
  CHECK(rows == 20);
}

TEST_CASE("a table row shorter than a page moves whole to the next page, never split") {
  Table table;
  table.widths = {1};
  table.rows.push_back({{{{"short", Face::kRegular, ""}}}});
  table.rows.push_back({{{{std::string(40 * 5, 'r'), Face::kRegular, ""}}}});  // a row of 5 lines
  LayoutResult result = Run({Lines(10), table});  // room for the short row, not for the long one
  REQUIRE(result.pages.pages.size() == 2);
  CHECK(result.pages.pages[1].break_why == "keep-whole");
  CHECK(result.pages.pages[1].first.kind == "row");
  CHECK(result.pages.pages[1].first.from == 1);
  CHECK(result.pages.pages[1].first.to == 5);
  CHECK(result.pages.pages[0].last.kind == "row");  // the short row, whole
  CHECK(result.pages.pages[0].last.of == 1);
}

TEST_CASE("ruled lines to write on run on to the next page only when a page cannot hold them") {
  LayoutResult few = Run({Lines(11), WritingLines{3, 0}});
  REQUIRE(few.pages.pages.size() == 2);
  CHECK(few.pages.pages[1].break_why == "keep-whole");
  LayoutResult many = Run({WritingLines{40, 0}});  // 24 points a line: 8 to a page
  CHECK(many.pages.pages.size() == 5);
  for (const auto& page : many.pages.pages) {
    for (const auto& item : page.items) {
      if (const auto* rule = std::get_if<RuleItem>(&item)) CHECK(rule->y1 >= 50 - 0.01);
    }
  }
}

TEST_CASE("a table cell taller than a page is split, not cut off") {
  Table table;
  table.widths = {1};
  table.rows.push_back({{{{std::string(40 * 30, 'z'), Face::kRegular, ""}}}});
  LayoutResult result = Run({table});
  size_t letters = 0;
  for (const auto& page : result.pages.pages) {
    for (const TextItem* t : Texts(page)) {
      letters += t->text.size();
      CHECK(t->y >= 50);
    }
  }
  CHECK(result.pages.pages.size() == 2);  // 28 lines of 43 letters, 14 lines a page
  CHECK(letters == 1200);                 // every letter is on a page
}

TEST_CASE("an image is scaled to fit the page") {
  LayoutResult result = Run({Image{"media/tall.png", 5.0, 1.0}});
  const auto& image = std::get<ImageItem>(result.pages.pages[0].items[0]);
  CHECK(image.height == Approx(180));  // 90% of the text height
  CHECK(image.width == Approx(36));
  CHECK(image.y >= 50);
}

TEST_CASE("callouts tint every line they run over, across a page break") {
  Paragraph note = Lines(20);
  note.callout = Callout::kSafety;
  LayoutResult result = Run({note});
  REQUIRE(result.pages.pages.size() == 2);
  for (const auto& page : result.pages.pages) {
    bool tinted = std::any_of(page.items.begin(), page.items.end(), [](const PageItem& item) {
      const auto* box = std::get_if<BoxItem>(&item);
      return box && box->fill == Style().safety_fill;
    });
    CHECK(tinted);
  }
}

TEST_CASE("links to anchors point at the page of their heading, and pages after the first get header and footer") {
  Paragraph entry;
  entry.spans = {{"Go to the end", Face::kRegular, "#end"}};
  LayoutOptions options;
  options.header = {"Guide"};
  options.footer = [](int page, int pages) { return "Page " + std::to_string(page) + " of " + std::to_string(pages); };
  LayoutResult result = Layout({entry, Heading{1, {{"The end", Face::kBold}}, "end", true}}, SmallPage(), FixedWidth(), options);
  REQUIRE(result.pages.pages.size() == 2);
  const LinkItem* link = nullptr;
  for (const auto& item : result.pages.pages[0].items) {
    if (const auto* l = std::get_if<LinkItem>(&item)) link = l;
  }
  REQUIRE(link);
  CHECK(link->target_page == 1);
  auto texts = Texts(result.pages.pages[1]);
  CHECK(texts[texts.size() - 2]->text == "Guide");
  CHECK(texts.back()->text == "Page 2 of 2");
  CHECK(Texts(result.pages.pages[0]).size() == 1);  // the cover has no header or footer
}

TEST_CASE("a running header wider than the text area is shortened, longest part first, to fit") {
  LayoutOptions options;
  // 200 points of text at 8 points: 50 characters. The whole header would be 70.
  options.header = {"A long curriculum title about many things", "UA", "Police and border guards"};
  LayoutResult result = Layout({Text("cover"), Heading{1, {{"Next", Face::kBold}}, "", true}}, SmallPage(), FixedWidth(), options);
  REQUIRE(result.pages.pages.size() == 2);
  const TextItem* header = nullptr;
  for (const TextItem* text : Texts(result.pages.pages[1])) {
    if (text->region == Region::kHeader) header = text;
  }
  REQUIRE(header);
  CHECK(header->text == "A long curriculum… · UA · Police and border guards");
  CHECK(header->x + header->width <= 250);
}

TEST_CASE("a header made of one very long word is cut between characters to fit") {
  LayoutOptions options;
  options.header = {std::string(80, 'x')};
  LayoutResult result = Layout({Text("cover"), Heading{1, {{"Next", Face::kBold}}, "", true}}, SmallPage(), FixedWidth(), options);
  auto texts = Texts(result.pages.pages[1]);
  auto header_at = std::find_if(texts.begin(), texts.end(), [](const TextItem* t) { return t->region == Region::kHeader; });
  REQUIRE(header_at != texts.end());
  const TextItem* header = *header_at;
  CHECK(header->text == std::string(49, 'x') + "…");
  CHECK(header->x + header->width <= 250);
}

TEST_CASE("a checkbox and a pencil are drawn as lines in the indent, with no character a font might lack") {
  Paragraph tick = Text("flip chart");
  tick.indent = 14;
  tick.symbol = Symbol::kCheckbox;
  Paragraph write = Text("What would you do?");
  write.indent = 14;
  write.symbol = Symbol::kPencil;
  LayoutResult result = Run({tick, write});
  const Page& page = result.pages.pages[0];
  int rules = 0;
  for (const auto& item : page.items) {
    if (const auto* rule = std::get_if<RuleItem>(&item)) {
      ++rules;
      CHECK(std::min(rule->x1, rule->x2) >= 50);  // in the indent, inside the margin
      CHECK(std::max(rule->x1, rule->x2) <= 64);
    }
  }
  CHECK(rules == 4 + 2);
  auto texts = Texts(page);
  REQUIRE(texts.size() == 2);
  CHECK(texts[0]->text == "flip chart");
  CHECK(texts[1]->text == "What would you do?");
}

TEST_CASE("with large type, a symbol shrinks to its indent rather than reach into the margin") {
  Style style = SmallPage();
  style.body_size = 24;
  Paragraph write = Text("Why?");
  write.indent = 14;
  write.symbol = Symbol::kPencil;
  LayoutResult result = Layout({write}, style, FixedWidth(), {});
  for (const auto& item : result.pages.pages[0].items) {
    if (const auto* rule = std::get_if<RuleItem>(&item)) CHECK(std::min(rule->x1, rule->x2) >= 50);
  }
}
