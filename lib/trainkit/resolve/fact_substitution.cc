#include "trainkit/resolve/fact_substitution.h"

#include "trainkit/base/overloaded.h"
#include "trainkit/resolve/program_walk.h"

namespace trainkit::resolve {
namespace {

void Substitute(model::Inlines& inlines, const std::map<std::string, Fact>& facts) {
  for (auto& item : inlines) {
    std::visit(Overloaded{
                   [&](model::Text&) {},
                   [&](model::Emphasis& e) { Substitute(e.children, facts); },
                   [&](model::Strong& s) { Substitute(s.children, facts); },
                   [&](model::Link& l) { Substitute(l.children, facts); },
                   [&](model::FactRef& f) {
                     auto fact = facts.find(f.key.id);
                     if (fact != facts.end()) f.value = fact->second.value;
                   },
               },
               item.value);
  }
}

}  // namespace

void SubstituteFacts(ResolvedProgram& program) {
  const std::map<std::string, Fact> facts = program.facts;  // the walk visits the facts too
  ContentEditor editor;
  editor.inlines = [&](model::Inlines& inlines) { Substitute(inlines, facts); };
  Walk(program, editor);
}

}  // namespace trainkit::resolve
