#include "trainkit/translation/markup_check.h"

#include <fmt/format.h>

#include <map>

#include "trainkit/base/overloaded.h"

namespace trainkit::translation {
namespace {

struct Targets {
  std::map<std::string, int> facts;
  std::map<std::string, int> links;
};

void Collect(const model::Inlines& text, Targets& out) {
  for (const auto& inline_ : text) {
    std::visit(Overloaded{
                   [&](const model::Text&) {},
                   [&](const model::Emphasis& e) { Collect(e.children, out); },
                   [&](const model::Strong& s) { Collect(s.children, out); },
                   [&](const model::Link& l) {
                     ++out.links[l.href];
                     Collect(l.children, out);
                   },
                   [&](const model::FactRef& f) { ++out.facts[f.key.id]; },
               },
               inline_.value);
  }
}

// The first difference between two counts, said as what the target does to the source.
std::string Compare(const std::map<std::string, int>& source, const std::map<std::string, int>& target,
                    std::string_view what) {
  for (const auto& [name, count] : source) {
    auto found = target.find(name);
    int kept = found == target.end() ? 0 : found->second;
    if (kept < count) return fmt::format("drops the {} '{}'", what, name);
  }
  for (const auto& [name, count] : target) {
    auto found = source.find(name);
    int had = found == source.end() ? 0 : found->second;
    if (count > had) return fmt::format("adds the {} '{}', which the source does not have", what, name);
  }
  return "";
}

}  // namespace

std::string MarkupMismatch(const model::Inlines& source, const model::Inlines& target) {
  Targets from, to;
  Collect(source, from);
  Collect(target, to);
  std::string facts = Compare(from.facts, to.facts, "fact reference");
  return facts.empty() ? Compare(from.links, to.links, "link to") : facts;
}

bool IsPlain(const model::Inlines& text) {
  for (const auto& inline_ : text) {
    if (!std::holds_alternative<model::Text>(inline_.value)) return false;
  }
  return true;
}

}  // namespace trainkit::translation
