#include "trainkit/diff/adaptation_diff.h"

#include <fmt/format.h>

#include "trainkit/base/join.h"

#include <type_traits>

#include "trainkit/base/overloaded.h"
#include "trainkit/base/version.h"
#include "trainkit/resolve/resolve_all.h"
#include "trainkit/validate/id_index.h"

namespace trainkit::diff {
namespace {

class Differ {
 public:
  Differ(const model::Curriculum& curriculum, const model::Adaptation& adaptation)
      : adaptation_(adaptation), index_(validate::IdIndex::Build(curriculum, ignored_)) {}

  Change Describe(std::string action, const std::string& id, const SourceLocation& at) const {
    Change change;
    change.action = std::move(action);
    change.target_id = id;
    change.location = at;
    if (const validate::IdEntry* entry = index_.Find(id)) {
      change.target_kind = std::string(validate::IdKindName(entry->kind));
      change.base_location = entry->location;
      change.revised = entry->revised;
      change.stale = !entry->revised.empty() && !adaptation_.based_on.empty() &&
                     CompareVersions(entry->revised, adaptation_.based_on) > 0;
    }
    return change;
  }

 private:
  const model::Adaptation& adaptation_;
  Diagnostics ignored_;  // the curriculum validated already
  validate::IdIndex index_;
};

template <typename Part>
std::string KindOf() {
  if constexpr (std::is_same_v<Part, model::Section>) return "section";
  if constexpr (std::is_same_v<Part, model::Activity>) return "activity";
  if constexpr (std::is_same_v<Part, model::AssessmentItem>) return "assessment item";
  return "module";
}

}  // namespace

AdaptationDiff DiffAdaptation(const reader::LoadedCurriculum& loaded, const model::Adaptation& adaptation,
                              const Date& check_date) {
  const model::Curriculum& curriculum = *loaded.curriculum;
  AdaptationDiff diff;
  diff.country = adaptation.country;
  diff.file = adaptation.location.file ? adaptation.location.file->path() : "";
  diff.language = adaptation.language;
  diff.source_language = curriculum.language;
  diff.based_on = adaptation.based_on;
  diff.curriculum_version = curriculum.version;

  for (const auto& definition : curriculum.facts) {
    FactEntry entry{definition.key, definition.kind, definition.required, nullptr, nullptr, {}};
    for (const auto& value : adaptation.facts) {
      if (value.key.id != definition.key) continue;
      entry.value = &value;
      entry.freshness = model::FreshnessOf(value, model::FreshnessMonths(curriculum, definition.kind), check_date);
    }
    for (const auto& withheld : adaptation.withheld_facts) {
      if (withheld.key.id == definition.key) entry.withheld = &withheld;
    }
    diff.facts.push_back(entry);
  }
  for (const auto& audience : curriculum.audiences) diff.audiences.push_back(audience.id);
  if (adaptation.audiences_only) {
    diff.audiences_only.emplace();
    for (const auto& ref : *adaptation.audiences_only) diff.audiences_only->push_back(ref.id);
  }

  Differ differ(curriculum, adaptation);
  for (const auto& operation : adaptation.operations) {
    std::visit(Overloaded{
                   [&](const model::Replace& r) {
                     std::string id = std::visit([](const auto& e) { return e.id; }, r.replacement);
                     diff.changes.push_back(differ.Describe("replaces", id, r.location));
                   },
                   [&](const model::Append& a) {
                     Change change = differ.Describe("appends to", a.module.id, a.location);
                     for (const auto& part : a.parts) {
                       std::visit(
                           [&](const auto& p) {
                             using Part = std::decay_t<decltype(p)>;
                             change.detail += fmt::format("{}{} {}", change.detail.empty() ? "" : ", ", KindOf<Part>(), p.id);
                           },
                           part);
                     }
                     diff.changes.push_back(change);
                   },
                   [&](const model::Remove& r) { diff.changes.push_back(differ.Describe("removes", r.target.id, r.location)); },
                   [&](const model::Restrict& r) {
                     Change change = differ.Describe("restricts", r.target.id, r.location);
                     auto ids = [](const model::Refs& refs) {
                       std::vector<std::string> names;
                       for (const auto& ref : refs) names.push_back(ref.id);
                       return Join(names);
                     };
                     if (!r.condition.include.empty()) change.detail = "to " + ids(r.condition.include);
                     if (!r.condition.exclude.empty()) {
                       change.detail += (change.detail.empty() ? "" : ", ") + std::string("not for ") + ids(r.condition.exclude);
                     }
                     diff.changes.push_back(change);
                   },
                   [&](const model::AddModule& m) {
                     Change change = differ.Describe("adds", m.module.id, m.location);
                     change.target_kind = "module";
                     change.detail = "after " + m.after.id;
                     diff.changes.push_back(change);
                   },
               },
               operation);
  }
  for (const auto& translation : adaptation.translations) {
    diff.translations.push_back(differ.Describe("translates", translation.target.id, translation.location));
  }
  resolve::TranslationGaps gaps = resolve::GapsOf(resolve::ResolveAll(loaded, adaptation.country, check_date));
  diff.units = gaps.units;
  diff.untranslated = gaps.untranslated;
  return diff;
}

}  // namespace trainkit::diff
