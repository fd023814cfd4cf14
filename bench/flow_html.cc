#include "flow_html.h"

#include "trainkit/base/overloaded.h"

using namespace trainkit::writers::pdf;

namespace {

std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

std::string Html(const Spans& spans) {
  std::string out;
  for (const Span& span : spans) {
    std::string text = Escape(span.text);
    if (span.face == Face::kBold || span.face == Face::kBoldItalic) text = "<b>" + text + "</b>";
    if (span.face == Face::kItalic || span.face == Face::kBoldItalic) text = "<i>" + text + "</i>";
    out += text;
  }
  return out;
}

}  // namespace

std::string FlowToHtml(const Flow& flow, const std::filesystem::path& media_root, const std::string& language) {
  std::string out = "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\"></head><body>\n";
  for (const FlowBlock& block : flow) {
    out += std::visit(
        trainkit::Overloaded{
            [](const Heading& h) {
              std::string tag = "h" + std::to_string(h.level);
              return (h.new_page ? "<p style=\"page-break-before: always\"></p>" : std::string()) + "<" + tag + ">" +
                     Escape(h.Text()) + "</" + tag + ">\n";
            },
            [](const Paragraph& p) {
              std::string style = p.callout == Callout::kNone ? "" : " style=\"background: #eef4fa\"";
              return "<p" + style + ">" + Escape(p.marker) + (p.marker.empty() ? "" : " ") + Html(p.spans) +
                     (p.right.empty() ? "" : " " + Escape(p.right)) + "</p>\n";
            },
            [](const Table& t) {
              std::string html = "<table border=\"1\">";
              if (!t.header.empty()) {
                html += "<tr>";
                for (const auto& cell : t.header) html += "<th>" + Html(cell.spans) + "</th>";
                html += "</tr>";
              }
              for (const auto& row : t.rows) {
                html += "<tr>";
                for (const auto& cell : row) html += "<td>" + Html(cell.spans) + "</td>";
                html += "</tr>";
              }
              return html + "</table>\n";
            },
            [&](const Image& m) {
              return "<p><img src=\"" + Escape((media_root / m.source).string()) + "\" width=\"" +
                     std::to_string(static_cast<int>(600 * m.width_fraction)) + "\"></p>\n";
            },
            [](const Spacer&) { return std::string("<p></p>\n"); },
            [](const WritingLines& lines) { return std::string(static_cast<size_t>(lines.count), '_') + "\n"; },
            [](const PageBreak&) { return std::string("<hr>\n"); },
        },
        block);
  }
  return out + "</body></html>\n";
}
