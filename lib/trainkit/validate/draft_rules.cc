// What a country's draft has left to write: the facts `trainkit new country` set out to fill
// (W194), the copies of the curriculum's text it set out to rewrite (W195), and the sections the
// curriculum expects every country to replace that this one keeps (W196). Each warning says
// what to do, so that a trainer can work down `trainkit validate`'s list.
#include <fmt/format.h>

#include <set>

#include "trainkit/base/indefinite_article.h"
#include "trainkit/base/overloaded.h"
#include "trainkit/model/fact_policy.h"
#include "trainkit/model/names.h"
#include "trainkit/validate/rules.h"

namespace trainkit::validate {
namespace {

// The <fact> that replaces a <to-fill>, with the attributes its kind needs.
std::string FactToWrite(const model::FactDefinition& definition) {
  std::string phone = model::IsPhoneKind(definition.kind) ? " number=\"...\"" : "";
  return fmt::format("<fact key=\"{}\" source=\"...\" source-date=\"YYYY-MM-DD\"{}>the value</fact>", definition.key,
                     phone);
}

void CheckFactsToFill(const model::Adaptation& adaptation, const IdIndex& index, Diagnostics& diagnostics) {
  for (const auto& entry : adaptation.withheld_facts) {
    auto found = index.facts().find(entry.key.id);
    if (!entry.to_fill || found == index.facts().end()) continue;  // an unknown key is E104
    const model::FactDefinition& definition = *found->second;
    std::string note = entry.note;
    while (!note.empty() && (note.back() == '.' || note.back() == ' ')) note.pop_back();  // the message goes on
    std::string what = note.empty() ? "" : fmt::format(" ({})", note);
    diagnostics
        .Report(Code::W194, entry.location,
                fmt::format("{}fact '{}', {}, is still to fill{}. Until it is, nothing is printed for it; "
                            "when a source gives it, replace <to-fill> with {}, or with <no-fact key=\"{}\"> "
                            "saying why there is none",
                            definition.required ? "required " : "", definition.key, model::Name(definition.kind),
                            what, FactToWrite(definition), definition.key))
        .notes.push_back({definition.location, "declared here"});
  }
}

void CheckReplacementsToRewrite(const model::Adaptation& adaptation, const IdIndex& index, Diagnostics& diagnostics) {
  for (const auto& operation : adaptation.operations) {
    const auto* replace = std::get_if<model::Replace>(&operation);
    if (!replace || !replace->to_fill) continue;
    std::string id = std::visit([](const auto& r) { return r.id; }, replace->replacement);
    const IdEntry* entry = index.Find(id);
    std::string kind = entry ? std::string(IdKindName(entry->kind)) : "element";
    std::string what = replace->to_fill->empty() ? "" : fmt::format(" ({})", *replace->to_fill);
    diagnostics.Report(Code::W195, replace->location,
                       fmt::format("this replacement of {} '{}' still holds the curriculum's text: rewrite it for "
                                   "{} in {}{}, then remove to-fill=\"...\"",
                                   kind, id, adaptation.country, adaptation.language, what));
  }
}

// The sections the adaptation replaces or removes.
std::set<std::string> HandledIds(const model::Adaptation& adaptation) {
  std::set<std::string> ids;
  for (const auto& operation : adaptation.operations) {
    std::visit(Overloaded{
                   [&](const model::Replace& r) { ids.insert(std::visit([](const auto& e) { return e.id; }, r.replacement)); },
                   [&](const model::Remove& r) { ids.insert(r.target.id); },
                   [](const auto&) {},
               },
               operation);
  }
  return ids;
}

void CheckCountrySpecificSections(const model::Adaptation& adaptation, const model::Curriculum& curriculum,
                                  Diagnostics& diagnostics) {
  std::set<std::string> handled = HandledIds(adaptation);
  for (const auto& module : curriculum.modules) {
    if (handled.count(module.id)) continue;  // the whole module is the country's
    for (const auto& part : module.parts) {
      const auto* found = std::get_if<model::Section>(&part);
      if (!found) continue;
      const model::Section& section = *found;
      if (!section.country_specific || handled.count(section.id)) continue;
      std::string what = section.country_specific->empty() ? "" : fmt::format(": {}", *section.country_specific);
      diagnostics
          .Report(Code::W196, adaptation.location,
                  fmt::format("{} keeps the curriculum's text of section '{}', which each country is expected to "
                              "replace{}. Add <replace><section id=\"{}\">…</section></replace>, or "
                              "<remove ref=\"{}\"/> if the section does not apply",
                              adaptation.country, section.id, what, section.id, section.id))
          .notes.push_back({section.location, "marked country-specific here"});
    }
  }
}

}  // namespace

void CheckDraft(const model::Adaptation& adaptation, const model::Curriculum& curriculum, const IdIndex& base_index,
                Diagnostics& diagnostics) {
  CheckFactsToFill(adaptation, base_index, diagnostics);
  CheckReplacementsToRewrite(adaptation, base_index, diagnostics);
  CheckCountrySpecificSections(adaptation, curriculum, diagnostics);
}

}  // namespace trainkit::validate
