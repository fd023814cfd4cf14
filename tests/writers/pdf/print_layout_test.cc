#include "trainkit/writers/pdf/print_layout.h"

#include <catch2/catch.hpp>

using namespace trainkit::writers::pdf;

TEST_CASE("a booklet's pages go on the sheets in the order that folds into a saddle-stitched booklet") {
  using Sides = std::vector<std::array<int, 2>>;
  CHECK(BookletOrder(8) == Sides{{8, 1}, {2, 7}, {6, 3}, {4, 5}});
  // Five pages: three blanks make eight, at the end of the booklet.
  CHECK(BookletOrder(5) == Sides{{0, 1}, {2, 0}, {0, 3}, {4, 5}});
  CHECK(BookletOrder(1) == Sides{{0, 1}, {0, 0}});
  // On every side the two pages add up to one more than the booklet's pages, and every page is
  // printed once.
  for (int pages = 1; pages <= 40; ++pages) {
    Sides sides = BookletOrder(pages);
    int total = static_cast<int>(sides.size()) * 2;
    CHECK(total % 4 == 0);
    std::vector<int> seen(static_cast<size_t>(pages) + 1);
    for (const auto& [left, right] : sides) {
      if (left && right) CHECK(left + right == total + 1);
      if (left) ++seen[static_cast<size_t>(left)];
      if (right) ++seen[static_cast<size_t>(right)];
    }
    for (int page = 1; page <= pages; ++page) CHECK(seen[static_cast<size_t>(page)] == 1);
  }
}

TEST_CASE("imposing moves each page to its half of a sheet, and its links and bookmarks with it") {
  PageList pages;
  pages.width = 100;
  pages.height = 200;
  for (int i = 0; i < 3; ++i) {
    Page page;
    page.items.push_back(TextItem{10, 50, Face::kRegular, 10, {}, "page " + std::to_string(i + 1), 30});
    pages.pages.push_back(page);
  }
  pages.pages[0].items.push_back(LinkItem{10, 40, 30, 10, "", 2, 150});  // to page 3
  pages.outline.push_back({"Three", 1, 2, 150});
  PageList sheets = ImposeBooklet(pages);
  CHECK(sheets.width == 200);
  CHECK(sheets.height == 200);
  REQUIRE(sheets.pages.size() == 2);  // one sheet, front and back: 0 1 | 2 3
  CHECK(sheets.pages[0].imposed == std::vector<int>{0, 1});
  CHECK(sheets.pages[1].imposed == std::vector<int>{2, 3});
  const auto& one = std::get<TextItem>(sheets.pages[0].items[0]);
  CHECK(one.text == "page 1");
  CHECK(one.x == 110);  // on the right half
  const auto& link = std::get<LinkItem>(sheets.pages[0].items[1]);
  CHECK(link.target_page == 1);  // page 3 is on the back
  CHECK(link.x == 110);
  const auto& three = std::get<TextItem>(sheets.pages[1].items[1]);
  CHECK(three.text == "page 3");
  CHECK(three.x == 110);
  CHECK(sheets.outline[0].page == 1);
}

TEST_CASE("in gray, every colour is a gray and a safety note stays darker than a facilitator note") {
  Style style;
  SetGrayscale(style);
  for (const Color& c : {style.text, style.accent, style.muted, style.note_fill, style.note_border, style.safety_fill,
                         style.safety_border, style.header_fill, style.rule}) {
    CHECK(c.r == c.g);
    CHECK(c.g == c.b);
  }
  CHECK(style.note_fill.r - style.safety_fill.r >= 0.08);
  CHECK(style.note_border.r - style.safety_border.r >= 0.3);
}

TEST_CASE("a booklet's pages are half a sheet, turned, with smaller margins") {
  Style style;  // A4
  SetBookletPaper(style);
  CHECK(style.page_width == Approx(841.89 / 2));
  CHECK(style.page_height == Approx(595.276));
  CHECK(style.margin_left == 42);
  style = Style();
  CHECK(SetPaper("letter", style).ok());
  SetBookletPaper(style);
  CHECK(style.page_width == Approx(396));
  CHECK(style.page_height == Approx(612));
}
