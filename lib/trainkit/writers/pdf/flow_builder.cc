#include "trainkit/writers/pdf/flow_builder.h"

#include <fmt/format.h>

#include <algorithm>
#include <utility>

#include "trainkit/base/overloaded.h"

namespace trainkit::writers::pdf {
namespace {

Face Combine(Face face, bool bold, bool italic) {
  bool b = bold || face == Face::kBold || face == Face::kBoldItalic;
  bool i = italic || face == Face::kItalic || face == Face::kBoldItalic;
  return b && i ? Face::kBoldItalic : b ? Face::kBold : i ? Face::kItalic : Face::kRegular;
}

}  // namespace

Spans FlowBuilder::ToSpans(const model::Inlines& inlines, Face face, const std::string& link) const {
  Spans spans;
  for (const auto& item : inlines) {
    std::visit(Overloaded{
                   [&](const model::Text& t) { spans.push_back({t.text, face, link, language_}); },
                   [&](const model::Emphasis& e) {
                     for (auto& span : ToSpans(e.children, Combine(face, false, true), link)) spans.push_back(span);
                   },
                   [&](const model::Strong& st) {
                     for (auto& span : ToSpans(st.children, Combine(face, true, false), link)) spans.push_back(span);
                   },
                   [&](const model::Link& l) {
                     for (auto& span : ToSpans(l.children, face, l.href)) spans.push_back(span);
                   },
                   [&](const model::FactRef& f) {
                     for (auto& span : ToSpans(f.value, face, link)) spans.push_back(span);
                   },
               },
               item.value);
  }
  return spans;
}

Spans FlowBuilder::Join(Spans first, const Spans& second) {
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

void FlowBuilder::Para(Spans spans, Role role, double indent, std::string marker, Callout callout) {
  Paragraph paragraph;
  paragraph.spans = std::move(spans);
  paragraph.role = role;
  paragraph.indent = indent;
  paragraph.marker = std::move(marker);
  paragraph.callout = callout;
  Add(std::move(paragraph));
}

void FlowBuilder::Para(Spans spans, double indent, Symbol symbol, Callout callout) {
  Paragraph paragraph;
  paragraph.spans = std::move(spans);
  paragraph.indent = indent;
  paragraph.symbol = symbol;
  paragraph.callout = callout;
  Add(std::move(paragraph));
}

void FlowBuilder::Label(Spans spans, Role role, double indent, Callout callout) {
  Para(std::move(spans), role, indent, "", callout);
  std::get<Paragraph>(flow_.back()).keep_with_next = true;
}

void FlowBuilder::List(const model::List& list, double indent, Callout callout) {
  int number = 0;
  for (const auto& item : list.items) {
    std::string marker = list.ordered ? fmt::format("{}.", ++number) : "•";
    double item_indent = indent + (list.ordered ? kNumberIndent : kBulletIndent);
    Para(ToSpans(item.content), Role::kBody, item_indent, marker, callout);
    Blocks(item.sublists, item_indent, callout);
  }
}

void FlowBuilder::Blocks(const model::Blocks& blocks, double indent, Callout callout) {
  for (const auto& block : blocks) {
    std::visit(Overloaded{
                   [&](const model::Paragraph& para) { Para(ToSpans(para.content), Role::kBody, indent, "", callout); },
                   [&](const model::Heading& h) { Label(ToSpans(h.content, Face::kBold), Role::kBody, indent, callout); },
                   [&](const model::List& list) { List(list, indent, callout); },
                   [&](const model::Table& table) {
                     pdf::Table out;  // columns sized by their text (LayoutEngine)
                     for (size_t r = 0; r < table.rows.size(); ++r) {
                       const auto& row = table.rows[r];
                       bool header = r == 0 && std::all_of(row.cells.begin(), row.cells.end(), [](const auto& c) { return c.header; });
                       std::vector<TableCell> cells;
                       for (const auto& cell : row.cells) cells.push_back({ToSpans(cell.content, cell.header && !header ? Face::kBold : Face::kRegular)});
                       if (header) {
                         out.header = std::move(cells);
                       } else {
                         out.rows.push_back(std::move(cells));
                       }
                     }
                     if (!table.caption.empty()) Label(ToSpans(table.caption, Face::kBold), Role::kSmall, indent, callout);
                     Add(std::move(out));
                   },
                   [&](const model::Note& note) { Blocks(note.content, indent, callout == Callout::kNone ? Callout::kNote : callout); },
                   [&](const model::Image& image) {
                     // The caption is printed; the alt text is for screen readers (ImageItem::alt).
                     // Where the image cannot be drawn (reported), its alt text stands in for it.
                     auto aspect = image_aspects_.find(image.source.id);
                     if (aspect != image_aspects_.end()) {
                       Add(pdf::Image{image.source.id, aspect->second,
                                      image.width_percent ? *image.width_percent / 100.0 : 1.0,
                                      ToSpans(image.caption, Face::kItalic), image.alt});
                     } else {
                       Para(Text(image.alt, Face::kItalic), Role::kSmall, indent, "", callout);
                     }
                   },
                   [&](const model::Quote& quote) { Para(ToSpans(quote.content, Face::kItalic), Role::kBody, indent + 14, "", callout); },
                   [&](const model::Prompt& prompt) {
                     Para(ToSpans(prompt.content), indent + 14, Symbol::kPencil, callout);
                     if (!write_in_) return;
                     std::get<Paragraph>(flow_.back()).keep_with_next = true;
                     Add(WritingLines{prompt.lines, indent + 14});
                   },
               },
               block.value);
  }
}

}  // namespace trainkit::writers::pdf
