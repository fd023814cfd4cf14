#include "trainkit/writers/pdf/page_layout.h"

#include <fmt/format.h>

#include "trainkit/base/overloaded.h"

namespace trainkit::writers::pdf {
namespace {

std::string_view FaceName(Face face) {
  switch (face) {
    case Face::kRegular: return "regular";
    case Face::kBold: return "bold";
    case Face::kItalic: return "italic";
    case Face::kBoldItalic: return "bold-italic";
  }
  return "";
}

std::string_view RegionName(Region region) {
  switch (region) {
    case Region::kBody: return "text";
    case Region::kHeader: return "header";
    case Region::kFooter: return "footer";
  }
  return "";
}

std::string PieceText(const PagePiece& piece) {
  if (piece.kind.empty()) return "nothing";
  if (piece.of == 0) return piece.kind;
  return fmt::format("{} {}-{} of {}", piece.kind, piece.from, piece.to, piece.of);
}

}  // namespace

std::string DumpPageList(const PageList& list) {
  std::string out = fmt::format("pages {} size {:.1f}x{:.1f} margins {:.1f} {:.1f} {:.1f} {:.1f}\n", list.pages.size(),
                                list.width, list.height, list.margin_top, list.margin_right, list.margin_bottom,
                                list.margin_left);
  for (const auto& entry : list.outline) {
    out += fmt::format("outline {} page {} y {:.1f} \"{}\"\n", entry.level, entry.page + 1, entry.y, entry.title);
  }
  for (size_t i = 0; i < list.pages.size(); ++i) {
    out += fmt::format("page {}\n", i + 1);
    if (!list.pages[i].imposed.empty()) {
      out += fmt::format("  imposed {} {}\n", list.pages[i].imposed[0], list.pages[i].imposed[1]);
    } else if (i > 0) {
      out += fmt::format("  break {} after {} before {}\n", list.pages[i].break_why, PieceText(list.pages[i - 1].last),
                         PieceText(list.pages[i].first));
    }
    for (const auto& item : list.pages[i].items) {
      out += std::visit(
          Overloaded{
              [](const TextItem& t) {
                return fmt::format("  {} {:.1f} {:.1f} {} {:.1f} width {:.1f}{} \"{}\"\n", RegionName(t.region), t.x,
                                   t.y, FaceName(t.face), t.size, t.width,
                                   t.language.empty() ? "" : " lang " + t.language, t.text);
              },
              [](const RuleItem& r) {
                return fmt::format("  {}rule {:.1f} {:.1f} {:.1f} {:.1f}\n",
                                   r.region == Region::kBody ? "" : std::string(RegionName(r.region)) + " ", r.x1,
                                   r.y1, r.x2, r.y2);
              },
              [](const BoxItem& b) {
                return fmt::format("  box {:.1f} {:.1f} {:.1f} {:.1f}{}\n", b.x, b.y, b.width, b.height,
                                   b.stroke ? " stroked" : "");
              },
              [](const ImageItem& m) {
                return fmt::format("  image {:.1f} {:.1f} {:.1f} {:.1f} {} alt \"{}\"\n", m.x, m.y, m.width, m.height,
                                   m.source, m.alt);
              },
              [](const LinkItem& l) {
                return l.uri.empty() ? fmt::format("  link {:.1f} {:.1f} {:.1f} {:.1f} to page {}\n", l.x, l.y, l.width,
                                                   l.height, l.target_page + 1)
                                     : fmt::format("  link {:.1f} {:.1f} {:.1f} {:.1f} to {}\n", l.x, l.y, l.width,
                                                   l.height, l.uri);
              },
          },
          item);
    }
  }
  return out;
}

}  // namespace trainkit::writers::pdf
