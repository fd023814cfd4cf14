#include "trainkit/writers/pdf/print_layout.h"

#include <cmath>
#include <utility>

#include "trainkit/base/overloaded.h"

namespace trainkit::writers::pdf {

void SetBookletPaper(Style& style) {
  double sheet_width = style.page_width, sheet_height = style.page_height;
  style.page_width = sheet_height / 2;
  style.page_height = sheet_width;
  for (double* margin : {&style.margin_top, &style.margin_bottom, &style.margin_left, &style.margin_right}) {
    *margin = std::round(*margin * 0.75);
  }
}

namespace {

Color Gray(const Color& color) {
  double gray = 0.299 * color.r + 0.587 * color.g + 0.114 * color.b;  // ITU-R BT.601 luma
  return {gray, gray, gray};
}

}  // namespace

void SetGrayscale(Style& style) {
  for (Color* color : {&style.text, &style.accent, &style.muted, &style.header_fill, &style.rule}) *color = Gray(*color);
  style.note_fill = {0.95, 0.95, 0.95};
  style.note_border = {0.55, 0.55, 0.55};
  style.safety_fill = {0.85, 0.85, 0.85};
  style.safety_border = {0, 0, 0};
}

std::vector<std::array<int, 2>> BookletOrder(int pages) {
  int total = (pages + 3) / 4 * 4;
  auto page = [&](int number) { return number <= pages ? number : 0; };
  std::vector<std::array<int, 2>> sides;
  for (int sheet = 0; sheet < total / 4; ++sheet) {
    sides.push_back({page(total - 2 * sheet), page(2 * sheet + 1)});      // front
    sides.push_back({page(2 * sheet + 2), page(total - 2 * sheet - 1)});  // back
  }
  return sides;
}

namespace {

// `item` moved right by `dx`.
PageItem Shifted(PageItem item, double dx) {
  std::visit(Overloaded{
                 [&](TextItem& t) { t.x += dx; },
                 [&](RuleItem& r) {
                   r.x1 += dx;
                   r.x2 += dx;
                 },
                 [&](BoxItem& b) { b.x += dx; },
                 [&](ImageItem& m) { m.x += dx; },
                 [&](LinkItem& l) { l.x += dx; },
             },
             item);
  return item;
}

}  // namespace

PageList ImposeBooklet(const PageList& pages) {
  PageList sheets;
  sheets.width = 2 * pages.width;
  sheets.height = pages.height;
  sheets.margin_top = pages.margin_top;
  sheets.margin_bottom = pages.margin_bottom;
  sheets.margin_left = pages.margin_left;
  sheets.margin_right = pages.margin_right;
  std::vector<std::array<int, 2>> order = BookletOrder(static_cast<int>(pages.pages.size()));
  std::vector<int> side_of(pages.pages.size());  // reading page (0-based) -> side (0-based)
  for (size_t side = 0; side < order.size(); ++side) {
    for (int number : order[side]) {
      if (number > 0) side_of[static_cast<size_t>(number - 1)] = static_cast<int>(side);
    }
  }
  for (const auto& [left, right] : order) {
    Page side;
    side.imposed = {left, right};
    for (int half = 0; half < 2; ++half) {
      int number = half == 0 ? left : right;
      if (number == 0) continue;
      const Page& page = pages.pages[static_cast<size_t>(number - 1)];
      for (const PageItem& item : page.items) {
        PageItem moved = Shifted(item, half * pages.width);
        if (auto* link = std::get_if<LinkItem>(&moved); link && link->target_page >= 0) {
          link->target_page = side_of[static_cast<size_t>(link->target_page)];
        }
        side.items.push_back(std::move(moved));
      }
    }
    sheets.pages.push_back(std::move(side));
  }
  for (OutlineEntry entry : pages.outline) {
    entry.page = side_of[static_cast<size_t>(entry.page)];
    sheets.outline.push_back(std::move(entry));
  }
  return sheets;
}

}  // namespace trainkit::writers::pdf
