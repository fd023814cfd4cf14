#include "trainkit/resolve/content_filter.h"

#include <algorithm>

#include "trainkit/base/overloaded.h"

namespace trainkit::resolve {

bool ContentFilter::UsesUnsetFact(const model::Inlines& inlines, bool count) {
  bool unset = false;
  for (const auto& item : inlines) {
    std::visit(Overloaded{
                   [&](const model::Text&) {},
                   [&](const model::Emphasis& e) { unset = UsesUnsetFact(e.children, count) || unset; },
                   [&](const model::Strong& s) { unset = UsesUnsetFact(s.children, count) || unset; },
                   [&](const model::Link& l) { unset = UsesUnsetFact(l.children, count) || unset; },
                   [&](const model::FactRef& f) {
                     if (facts_.count(f.key.id)) {
                       if (count) used_.insert(f.key.id);
                       return;
                     }
                     unset = true;
                     if (count) ++left_out_[f.key.id];
                   },
               },
               item.value);
  }
  return unset;
}

model::Inlines ContentFilter::Inlines(const model::Inlines& inlines) {
  model::Inlines out;
  for (const auto& item : inlines) {
    model::Inline copy = item;
    std::visit(Overloaded{
                   [&](model::Text&) {},
                   [&](model::Emphasis& e) { e.children = Inlines(e.children); },
                   [&](model::Strong& s) { s.children = Inlines(s.children); },
                   [&](model::Link& l) { l.children = Inlines(l.children); },
                   [&](model::FactRef&) {},
               },
               copy.value);
    if (const auto* fact = std::get_if<model::FactRef>(&copy.value); fact && facts_.count(fact->key.id)) used_.insert(fact->key.id);
    if (const auto* fact = std::get_if<model::FactRef>(&copy.value); fact && !facts_.count(fact->key.id)) {
      std::string key = fact->key.id;
      for (const auto& definition : definitions_) {
        if (definition.key == key) copy.value = model::Emphasis{definition.label};
      }
    }
    out.push_back(std::move(copy));
  }
  return out;
}

std::optional<model::List> ContentFilter::Filter(const model::List& list) {
  model::List out{list.ordered, {}};
  for (const auto& item : list.items) {
    if (!Allows(item.condition) || UsesUnsetFact(item.content, true)) continue;
    model::ListItem copy = item;
    copy.condition = {};
    copy.sublists = Blocks(item.sublists);
    out.items.push_back(std::move(copy));
  }
  if (out.items.empty()) return std::nullopt;
  return out;
}

std::optional<model::Block> ContentFilter::Filter(const model::Block& block) {
  if (!Allows(block.condition)) return std::nullopt;
  model::Block out{block.value, {}, block.location};
  bool keep = std::visit(
      Overloaded{
          [&](model::Paragraph& p) { return !UsesUnsetFact(p.content, true); },
          [&](model::Heading& h) { return !UsesUnsetFact(h.content, true); },
          [&](model::Quote& q) { return !UsesUnsetFact(q.content, true); },
          [&](model::Prompt& p) { return !UsesUnsetFact(p.content, true); },
          [&](model::Image& image) {
            image.caption = Inlines(image.caption);
            return true;
          },
          [&](model::List& list) {
            auto filtered = Filter(list);
            if (filtered) list = std::move(*filtered);
            return filtered.has_value();
          },
          [&](model::Table& table) {
            std::vector<model::TableRow> rows;
            for (const auto& row : table.rows) {
              bool unset = false;
              for (const auto& cell : row.cells) unset = UsesUnsetFact(cell.content, true) || unset;
              if (!unset) rows.push_back(row);
            }
            bool removed = rows.size() < table.rows.size();
            table.rows = std::move(rows);
            table.caption = Inlines(table.caption);
            // Where rows were left out, the header rows alone would say nothing: the table goes.
            auto data = [](const model::TableRow& row) {
              return std::any_of(row.cells.begin(), row.cells.end(), [](const model::TableCell& c) { return !c.header; });
            };
            return !table.rows.empty() && (!removed || std::any_of(table.rows.begin(), table.rows.end(), data));
          },
          [&](model::Note& note) {
            note.content = Blocks(note.content);
            return !note.content.empty();
          },
      },
      out.value);
  if (!keep) return std::nullopt;
  return out;
}

model::Blocks ContentFilter::Blocks(const model::Blocks& blocks) {
  model::Blocks out;
  for (const auto& block : blocks) {
    if (auto kept = Filter(block)) out.push_back(std::move(*kept));
  }
  return out;
}

}  // namespace trainkit::resolve
