#include "trainkit/render/html/content_html.h"

#include <fmt/format.h>

#include <algorithm>

#include "trainkit/base/overloaded.h"
#include "trainkit/render/plain_text.h"

namespace trainkit::render::html {
namespace {

bool IsBlank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
}

}  // namespace

std::string ContentHtml::NextId(std::string_view stem) { return fmt::format("{}-{}", stem, ++counter_); }

void ContentHtml::Inlines(const model::Inlines& inlines) {
  for (const auto& item : inlines) {
    std::visit(Overloaded{
                   [&](const model::Text& t) { html_.Text(t.text); },
                   [&](const model::Emphasis& e) { InlineElement("em", e.children); },
                   [&](const model::Strong& s) { InlineElement("strong", s.children); },
                   [&](const model::Link& l) {
                     // Opens beside the page, so following a source never ends an LMS session.
                     InlineElement("a", l.children, {{"href", l.href}, {"target", "_blank"}, {"rel", "noopener noreferrer"}});
                   },
                   [&](const model::FactRef& f) {
                     Inlines(f.value);
                     std::string note = fact_note_ ? fact_note_(f.key.id) : "";
                     if (!note.empty()) html_.Text(" (" + note + ")");
                   },
               },
               item.value);
  }
}

void ContentHtml::InlineElement(std::string_view tag, const model::Inlines& inlines,
                                const HtmlWriter::Attributes& attributes) {
  html_.Start(tag, attributes);
  Inlines(inlines);
  html_.End();
}

void ContentHtml::InlineList(const std::vector<const model::Inlines*>& items, const HtmlWriter::Attributes& attributes) {
  html_.Start("ul", attributes);
  for (const model::Inlines* item : items) InlineElement("li", *item);
  html_.End();
}

void ContentHtml::List(const model::List& list, int heading_level) {
  html_.Start(list.ordered ? "ol" : "ul");
  for (const auto& item : list.items) {
    html_.Start("li");
    Inlines(item.content);
    Blocks(item.sublists, heading_level);
    html_.End();
  }
  html_.End();
}

void ContentHtml::Table(const model::Table& table) {
  // Wide tables scroll on a phone, not the page; keyboard users reach the scroll with Tab.
  std::string caption = table.caption.empty() ? "" : NextId("caption");
  if (caption.empty()) {
    html_.Start("div", {{"class", "table-scroll"}, {"tabindex", "0"}});
  } else {
    html_.Start("div", {{"class", "table-scroll"}, {"tabindex", "0"}, {"role", "region"}, {"aria-labelledby", caption}});
  }
  html_.Start("table");
  if (!caption.empty()) InlineElement("caption", table.caption, {{"id", caption}});
  for (size_t r = 0; r < table.rows.size(); ++r) {
    html_.Start("tr");
    for (const auto& cell : table.rows[r].cells) {
      // An empty corner cell heads nothing: a header cell without text is an error to screen
      // readers and accessibility checkers.
      if (cell.header && !IsBlank(render::PlainText(cell.content))) {
        InlineElement("th", cell.content, {{"scope", r == 0 ? "col" : "row"}});
      } else {
        InlineElement("td", cell.content);
      }
    }
    html_.End();
  }
  html_.End();
  html_.End();
}

void ContentHtml::Image(const model::Image& image) {
  std::string path = image_path_ ? image_path_(image) : "";
  if (path.empty()) {
    html_.TextElement("p", image.alt, {{"class", "image-missing"}});
    return;
  }
  html_.Start("figure");
  std::string width = image.width_percent ? fmt::format("{}%", *image.width_percent) : "100%";
  html_.Void("img", {{"src", path}, {"alt", image.alt}, {"style", "width:" + width}});
  if (!image.caption.empty()) InlineElement("figcaption", image.caption, {});
  html_.End();
}

void ContentHtml::Prompt(const model::Prompt& prompt) {
  // A place to write, for the reader's own thinking; not saved or sent anywhere.
  std::string id = NextId("note");
  html_.Start("div", {{"class", "prompt"}});
  InlineElement("label", prompt.content, {{"for", id}});
  html_.Start("textarea", {{"id", id}, {"rows", std::to_string(std::max(prompt.lines, 2))}});
  html_.End();
  html_.End();
}

void ContentHtml::Section(const model::Inlines& title, const model::Blocks& blocks, int heading_level,
                          const HtmlWriter::Attributes& attributes) {
  html_.Start("section", attributes);
  InlineElement(fmt::format("h{}", std::min(heading_level, 6)), title);
  Blocks(blocks, heading_level + 1);
  html_.End();
}

void ContentHtml::Blocks(const model::Blocks& blocks, int heading_level) {
  for (const auto& block : blocks) {
    std::visit(Overloaded{
                   [&](const model::Paragraph& p) { InlineElement("p", p.content); },
                   [&](const model::Heading& h) { InlineElement(fmt::format("h{}", std::min(heading_level, 6)), h.content); },
                   [&](const model::List& list) { List(list, heading_level); },
                   [&](const model::Table& table) { Table(table); },
                   [&](const model::Note& note) {
                     const char* type = note.type == model::NoteType::kWarning ? "note warning"
                                        : note.type == model::NoteType::kTip   ? "note tip"
                                                                               : "note";
                     html_.Start("div", {{"class", type}, {"role", "note"}});
                     Blocks(note.content, heading_level);
                     html_.End();
                   },
                   [&](const model::Image& image) { Image(image); },
                   [&](const model::Quote& quote) {
                     html_.Start("blockquote");
                     InlineElement("p", quote.content);
                     html_.End();
                   },
                   [&](const model::Prompt& prompt) { Prompt(prompt); },
               },
               block.value);
  }
}

}  // namespace trainkit::render::html
