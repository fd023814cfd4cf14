#include "trainkit/render/plain_text.h"

#include "trainkit/base/overloaded.h"

namespace trainkit::render {
namespace {

void Append(const model::Inlines& inlines, std::string& text) {
  for (const auto& item : inlines) {
    std::visit(Overloaded{
                   [&](const model::Text& t) { text += t.text; },
                   [&](const model::Emphasis& e) { Append(e.children, text); },
                   [&](const model::Strong& s) { Append(s.children, text); },
                   [&](const model::Link& l) { Append(l.children, text); },
                   [&](const model::FactRef& f) { Append(f.value, text); },
               },
               item.value);
  }
}

}  // namespace

std::string PlainText(const model::Inlines& inlines) {
  std::string text;
  Append(inlines, text);
  return text;
}

}  // namespace trainkit::render
