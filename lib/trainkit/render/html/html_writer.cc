#include "trainkit/render/html/html_writer.h"

#include <utility>

namespace trainkit::render::html {

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void HtmlWriter::OpenTag(std::string_view name, const Attributes& attributes) {
  out_ += '<';
  out_ += name;
  for (const auto& [attribute, value] : attributes) {
    out_ += ' ';
    out_ += attribute;
    out_ += "=\"";
    out_ += EscapeHtml(value);
    out_ += '"';
  }
  out_ += '>';
}

void HtmlWriter::Start(std::string_view name, const Attributes& attributes) {
  OpenTag(name, attributes);
  open_.emplace_back(name);
}

void HtmlWriter::End() {
  if (open_.empty()) return;
  out_ += "</" + open_.back() + ">";
  // A line break between block-level closings keeps the page readable when opened as source.
  if (open_.back() != "span" && open_.back() != "a" && open_.back() != "em" && open_.back() != "strong") out_ += '\n';
  open_.pop_back();
}

void HtmlWriter::Void(std::string_view name, const Attributes& attributes) { OpenTag(name, attributes); }

void HtmlWriter::Text(std::string_view text) { out_ += EscapeHtml(text); }

void HtmlWriter::TextElement(std::string_view name, std::string_view text, const Attributes& attributes) {
  Start(name, attributes);
  Text(text);
  End();
}

std::string HtmlWriter::Finish() {
  while (!open_.empty()) End();
  return std::move(out_);
}

}  // namespace trainkit::render::html
