// A country adaptation fits its curriculum: country and language, facts, operations and
// translations.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "trainkit/base/country_code.h"
#include "trainkit/base/indefinite_article.h"
#include "trainkit/base/locale_names.h"
#include "trainkit/base/overloaded.h"
#include "trainkit/base/version.h"
#include "trainkit/model/fact_policy.h"
#include "trainkit/model/names.h"
#include "trainkit/validate/rules.h"

namespace trainkit::validate {
namespace {

void CheckCountry(const model::Adaptation& adaptation, Diagnostics& diagnostics) {
  const std::string& country = adaptation.country;
  if (!country.empty() && !IsCountryCode(country)) {
    std::string upper = CountryCodeInCapitals(country);
    std::string hint =
        upper.empty() ? DidYouMean(country, AllCountryCodes()) : fmt::format("; did you mean '{}'?", upper);
    diagnostics.Report(Code::E130, adaptation.country_location,
                       fmt::format("unknown country code '{}': use an ISO 3166-1 alpha-2 code in "
                                   "capitals{}",
                                   country, hint));
  }
  // An unknown code is E130's to report: renaming the file after it would be no fix.
  if (!adaptation.location.file || !IsCountryCode(country)) return;
  std::string stem = std::filesystem::path(adaptation.location.file->path()).stem().string();
  if (stem == country) return;
  std::string message;
  if (IsCountryCode(stem)) {
    // Either may be the mistake: RS.xml with country="SR" is Serbia or Suriname.
    message = fmt::format("the file name says {} ({}), but country=\"{}\" says {}: which is meant? Rename "
                          "the file {}.xml, or set country=\"{}\"",
                          stem, CountryName(stem, "en"), country, CountryName(country, "en"), country, stem);
  } else {
    message = fmt::format("the adaptation for {} ({}) is in {}.xml; name the file {}.xml", country,
                          CountryName(country, "en"), stem, country);
  }
  diagnostics.Report(Code::E131, adaptation.country_location, message);
}

// A date a fact gives must not lie after the day checks are made against.
void CheckNotInFuture(const model::FactValue& fact, const Options& options, Diagnostics& diagnostics) {
  int64_t today = options.check_date.DaysSinceEpoch();
  bool dated = !fact.source_date.text.empty() && !IsUndated(fact.source_date);
  if (dated && fact.source_date.earliest.DaysSinceEpoch() > today) {
    diagnostics.Report(Code::E135, fact.source_date_location,
                       fmt::format("fact '{}' has a source dated {}, after the check date {}", fact.key.id,
                                   fact.source_date.text, options.check_date.ToString()));
  }
  if (fact.checked && fact.checked->date.DaysSinceEpoch() > today) {
    diagnostics.Report(Code::E135, fact.checked->location,
                       fmt::format("fact '{}' was checked on {}, after the check date {}", fact.key.id,
                                   fact.checked->date.ToString(), options.check_date.ToString()));
  }
}

// W134: what a person must check before anything is printed from this fact.
void CheckFreshness(const model::FactValue& fact, const model::FactDefinition& definition,
                    const model::Curriculum& curriculum, const Options& options, Diagnostics& diagnostics) {
  std::optional<int> months = model::FreshnessMonths(curriculum, definition.kind);
  model::FactFreshness freshness = model::FreshnessOf(fact, months, options.check_date);
  if (freshness.state == model::CheckState::kCheckOutdated) {
    diagnostics.Report(Code::W134, fact.checked->location,
                       fmt::format("fact '{}' was last checked on {}; a check of {} is good for {} "
                                   "months (until {}): check it again with its operator or the official "
                                   "text, and update checked=\"...\"",
                                   fact.key.id, fact.checked->date.ToString(),
                                   WithArticle(std::string(model::Name(definition.kind)) + " fact"),
                                   *months, freshness.due->ToString()));
  } else if (model::NeedsCheckBeforePrinting(definition.kind, freshness) && !fact.number.empty()) {
    // never checked (a lapsed check is the case above); without a number it is E137
    diagnostics.Report(Code::W134, fact.location,
                       fmt::format("phone number '{}' of fact '{}' has not been checked: until a person checks "
                                   "it with the operator and records checked=\"YYYY-MM-DD\" checked-how=\"...\", "
                                   "participant outputs refuse it, or print it marked as not checked with "
                                   "--allow-unchecked-facts",
                                   fact.number, fact.key.id));
  }
}

void CheckFacts(const model::Adaptation& adaptation, const model::Curriculum& curriculum, const IdIndex& index,
                const Options& options, Diagnostics& diagnostics) {
  std::vector<std::string> keys;
  for (const auto& [key, definition] : index.facts()) keys.push_back(key);
  std::map<std::string, SourceLocation> set;
  auto known = [&](const model::Ref& key) {
    if (index.facts().count(key.id)) return true;
    diagnostics.Report(Code::E104, key.location,
                       fmt::format("unknown fact '{}': the curriculum declares no such <fact-def>{}", key.id,
                                   DidYouMean(key.id, keys)));
    return false;
  };
  auto first = [&](const model::Ref& key, const SourceLocation& location) {
    auto [it, inserted] = set.emplace(key.id, location);
    if (!inserted) {
      diagnostics.Report(Code::E136, location, fmt::format("fact '{}' is set twice", key.id))
          .notes.push_back({it->second, "first set here"});
    }
    return inserted;
  };
  // <fact> and <no-fact> in the order they are written, so "set twice" points at the second.
  const std::vector<model::WithheldFact>& withheld = adaptation.withheld_facts;  // in document order
  auto before = [](const SourceLocation& a, const SourceLocation& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  };
  size_t next_withheld = 0;
  auto withheld_up_to = [&](const SourceLocation* limit) {
    for (; next_withheld < withheld.size(); ++next_withheld) {
      const model::WithheldFact& entry = withheld[next_withheld];
      if (limit && !before(entry.location, *limit)) return;
      if (entry.note.empty() && !entry.to_fill) {
        diagnostics.Report(Code::E016, entry.location,
                           fmt::format("<no-fact key=\"{}\"> needs a text saying why nothing is printed and what "
                                       "to check; the facilitator guide shows it",
                                       entry.key.id));
      }
      if (!entry.key.id.empty() && known(entry.key)) first(entry.key, entry.location);
    }
  };
  for (const auto& fact : adaptation.facts) {
    withheld_up_to(&fact.location);
    if (fact.key.id.empty() || !known(fact.key) || !first(fact.key, fact.location)) continue;
    const model::FactDefinition& definition = *index.facts().at(fact.key.id);
    if (model::IsPhoneKind(definition.kind) && fact.number.empty()) {
      diagnostics.Report(Code::E137, fact.location,
                         fmt::format("phone fact '{}' has no number=\"...\" to dial", fact.key.id));
    }
    CheckNotInFuture(fact, options, diagnostics);
    CheckFreshness(fact, definition, curriculum, options, diagnostics);
  }
  withheld_up_to(nullptr);
  for (const auto& [key, definition] : index.facts()) {
    if (!definition->required || set.count(key)) continue;
    diagnostics
        .Report(Code::E133, adaptation.location,
                fmt::format("required fact '{}' is not set; add <fact key=\"{}\" source=\"...\" "
                            "source-date=\"YYYY-MM-DD\">, or <no-fact key=\"{}\"> saying why there is none",
                            key, key, key))
        .notes.push_back({definition->location, "declared here"});
  }
}

IdKind KindOf(const model::Replaceable& replacement) {
  return std::visit(Overloaded{
                        [](const model::Module&) { return IdKind::kModule; },
                        [](const model::Section&) { return IdKind::kSection; },
                        [](const model::Activity&) { return IdKind::kActivity; },
                        [](const model::AssessmentItem&) { return IdKind::kItem; },
                    },
                    replacement);
}

// The audiences a condition names exist: the base's or the country's own (E103).
void CheckAudiences(const model::Condition& condition, const IdIndex& index, Diagnostics& diagnostics) {
  for (const auto* refs : {&condition.include, &condition.exclude}) {
    for (const auto& ref : *refs) {
      const IdEntry* entry = index.Find(ref.id);
      if (!entry || entry->kind != IdKind::kAudience) {
        diagnostics.Report(Code::E103, ref.location,
                           fmt::format("unknown audience '{}'{}", ref.id, DidYouMean(ref.id, index.IdsOf(IdKind::kAudience))));
      }
    }
  }
}

// The country's own audiences: ids new to the curriculum (E101).
void AddCountryAudiences(const model::Adaptation& adaptation, IdIndex& index, Diagnostics& diagnostics) {
  for (const auto& audience : adaptation.audiences) {
    index.Add(audience.id, IdKind::kAudience, audience.location, diagnostics);
  }
}

// The country's own tracks: ids new to the curriculum (E101), of modules that exist, the base's
// or the country's (E102), for audiences that exist (E103).
void CheckCountryTracks(const model::Adaptation& adaptation, IdIndex& index, Diagnostics& diagnostics) {
  for (const auto& track : adaptation.tracks) {
    index.Add(track.id, IdKind::kTrack, track.location, diagnostics);
    for (const auto& goal : track.goals) {
      index.Expect(goal.goal, IdKind::kGoal, diagnostics);
      CheckAudiences(goal.condition, index, diagnostics);
    }
    for (const auto& entry : track.entries) {
      if (const auto* module = std::get_if<model::TrackModule>(&entry)) {
        index.Expect(module->module, IdKind::kModule, diagnostics);
        CheckAudiences(module->condition, index, diagnostics);
      } else if (const auto& pause = std::get<model::Break>(entry); !pause.id.empty()) {
        index.Add(pause.id, IdKind::kBreak, pause.location, diagnostics);
      }
    }
  }
}

void CheckOperations(const model::Adaptation& adaptation, IdIndex& index, Diagnostics& diagnostics) {
  auto check_objectives = [&](const model::Module& module) {
    for (const auto& objective : module.objectives) index.Expect(objective, IdKind::kObjective, diagnostics);
  };
  for (const auto& operation : adaptation.operations) {
    std::visit(
        Overloaded{
            [&](const model::Replace& replace) {
              std::string id = std::visit([](const auto& r) { return r.id; }, replace.replacement);
              IdKind kind = KindOf(replace.replacement);
              const IdEntry* entry = index.Find(id);
              if (!entry) {
                diagnostics.Report(Code::E102, replace.location,
                                   fmt::format("<replace> names no existing {} '{}'; it replaces "
                                               "the {} with the same id{}",
                                               IdKindName(kind), id, IdKindName(kind),
                                               DidYouMean(id, index.IdsOf(kind))));
              } else if (entry->kind != kind) {
                diagnostics.Report(Code::E160, replace.location,
                                   fmt::format("'{}' is {}, but <replace> holds {}", id,
                                               WithArticle(IdKindName(entry->kind)),
                                               WithArticle(IdKindName(kind))))
                    .notes.push_back({entry->location, "defined here"});
              }
              if (const auto* module = std::get_if<model::Module>(&replace.replacement)) check_objectives(*module);
            },
            [&](const model::Append& append) {
              if (index.Expect(append.module, IdKind::kModule, diagnostics)) {
                for (const auto& part : append.parts) {
                  std::visit(Overloaded{
                                 [&](const model::Section& s) { index.Add(s.id, IdKind::kSection, s.location, diagnostics); },
                                 [&](const model::Activity& a) { index.Add(a.id, IdKind::kActivity, a.location, diagnostics); },
                                 [&](const model::AssessmentItem& i) {
                                   index.Add(i.id, IdKind::kItem, i.location, diagnostics, i.choices.size());
                                 },
                             },
                             part);
                }
              }
            },
            [&](const model::Remove& remove) {
              const IdEntry* entry = index.Find(remove.target.id);
              static const std::set<IdKind> kRemovable = {IdKind::kModule, IdKind::kSection,
                                                          IdKind::kActivity, IdKind::kItem,
                                                          IdKind::kMessage, IdKind::kHandout};
              if (!entry) {
                diagnostics.Report(Code::E102, remove.target.location,
                                   fmt::format("<remove> names no existing id '{}'", remove.target.id));
              } else if (!kRemovable.count(entry->kind)) {
                diagnostics.Report(Code::E160, remove.target.location,
                                   fmt::format("'{}' is {}; <remove> takes a module, section, "
                                               "activity, item, key message or handout",
                                               remove.target.id, WithArticle(IdKindName(entry->kind))));
              }
            },
            [&](const model::Restrict& restrict) {
              const IdEntry* entry = index.Find(restrict.target.id);
              static const std::set<IdKind> kRestrictable = {IdKind::kModule,  IdKind::kSection, IdKind::kActivity,
                                                             IdKind::kItem,    IdKind::kMessage, IdKind::kHandout,
                                                             IdKind::kTerm};
              if (!entry) {
                diagnostics.Report(Code::E102, restrict.target.location,
                                   fmt::format("<restrict> names no existing id '{}'", restrict.target.id));
              } else if (!kRestrictable.count(entry->kind)) {
                diagnostics.Report(Code::E160, restrict.target.location,
                                   fmt::format("'{}' is {}; <restrict> takes a module, section, activity, item, "
                                               "key message, handout or glossary term",
                                               restrict.target.id, WithArticle(IdKindName(entry->kind))));
              }
              CheckAudiences(restrict.condition, index, diagnostics);
            },
            [&](const model::AddModule& add) {
              index.Expect(add.after, IdKind::kModule, diagnostics);
              index.Add(add.module.id, IdKind::kModule, add.module.location, diagnostics);
              index.AddModuleContents(add.module, diagnostics);
              check_objectives(add.module);
            },
        },
        operation);
  }
}

// What a translation of each kind of element may hold.
struct TranslationShape {
  bool text = false, title = false, summary = false, purpose = false, item = false,
       term = false, blocks = false;
  std::string_view description;
};

TranslationShape ShapeOf(IdKind kind) {
  switch (kind) {
    case IdKind::kCurriculum:
    case IdKind::kModule:
      return {false, true, true, false, false, false, false, "<title> and <summary>"};
    case IdKind::kSection:
    case IdKind::kHandout:
      return {false, true, false, false, false, false, true, "<title> and its blocks"};
    case IdKind::kActivity:
      return {false, true, false, true, false, false, true,
              "<title>, <purpose>, <worksheet-title> and the blocks of its worksheet"};
    case IdKind::kItem:
      return {false, false, false, false, true, false, false,
              "<question>, one <choice> per choice, and <explanation>"};
    case IdKind::kTerm:
      return {false, false, false, false, false, true, false, "<name> and <definition>"};
    case IdKind::kTrack:
      return {false, true, false, false, false, false, false, "<title>"};
    default:
      return {true, false, false, false, false, false, false, "its text, directly inside <translate>"};
  }
}

void CheckTranslation(const model::Translation& translation, const IdEntry& entry,
                      Diagnostics& diagnostics) {
  TranslationShape shape = ShapeOf(entry.kind);
  const std::string& id = translation.target.id;
  auto misfit = [&](std::string_view what) {
    diagnostics.Report(Code::E161, translation.location,
                       fmt::format("the translation of {} '{}' {}; it takes {}", IdKindName(entry.kind),
                                   id, what, shape.description));
  };
  bool has_item_parts = translation.question || !translation.choices.empty() || translation.explanation;
  if (!translation.text.empty() && !shape.text) return misfit("has text outside any element");
  if (translation.title && !shape.title) return misfit("has a <title>");
  if (translation.summary && !shape.summary) return misfit("has a <summary>");
  if (translation.purpose && !shape.purpose) return misfit("has a <purpose>");
  if (translation.worksheet_title && entry.kind != IdKind::kActivity) return misfit("has a <worksheet-title>");
  if (has_item_parts && !shape.item) return misfit("has parts of an assessment item");
  if ((translation.name || translation.definition) && !shape.term) return misfit("has parts of a glossary term");
  if (!translation.blocks.empty() && !shape.blocks) return misfit("has blocks of text");

  if (shape.text && translation.text.empty()) return misfit("is empty");
  if (shape.title && entry.kind != IdKind::kActivity && !translation.title) return misfit("has no <title>");
  if (shape.item) {
    if (!translation.question || !translation.explanation) return misfit("is missing <question> or <explanation>");
    if (translation.choices.size() != entry.choices) {
      return misfit(fmt::format("has {} <choice> elements but the item has {}", translation.choices.size(),
                                entry.choices));
    }
  }
  if (shape.term && (!translation.name || !translation.definition)) return misfit("is missing <name> or <definition>");
}

void CheckTranslations(const model::Adaptation& adaptation, const IdIndex& base_index,
                       Diagnostics& diagnostics) {
  std::map<std::string, const model::Translation*> seen;
  for (const auto& translation : adaptation.translations) {
    const std::string& id = translation.target.id;
    if (id.empty()) continue;
    const IdEntry* entry = base_index.Find(id);
    // A fact's label ("The national hotline") is translated by its key.
    auto fact = base_index.facts().find(id);
    IdEntry fact_entry{IdKind::kFact, fact != base_index.facts().end() ? fact->second->location : SourceLocation{}, 0, ""};
    if (!entry && fact != base_index.facts().end()) entry = &fact_entry;
    if (!entry) {
      std::vector<std::string> all;
      for (int k = 0; k <= static_cast<int>(IdKind::kBreak); ++k) {
        auto ids = base_index.IdsOf(static_cast<IdKind>(k));
        all.insert(all.end(), ids.begin(), ids.end());
      }
      diagnostics.Report(Code::E102, translation.target.location,
                         fmt::format("<translate> names no id '{}' in the curriculum{}", id,
                                     DidYouMean(id, all)));
      continue;
    }
    auto [it, inserted] = seen.emplace(id, &translation);
    if (!inserted) {
      diagnostics.Report(Code::E162, translation.location, fmt::format("'{}' is translated twice", id))
          .notes.push_back({it->second->location, "first translated here"});
      continue;
    }
    CheckTranslation(translation, *entry, diagnostics);
  }
}

// Each replacement, removal, append or translation of a base element that was revised after
// the version the adaptation was written for may no longer fit it.
void CheckRevisions(const model::Adaptation& adaptation, const IdIndex& base_index, Diagnostics& diagnostics) {
  if (adaptation.based_on.empty()) return;
  auto check = [&](const std::string& id, const SourceLocation& at, std::string_view what) {
    const IdEntry* entry = base_index.Find(id);
    if (!entry || entry->revised.empty() || CompareVersions(entry->revised, adaptation.based_on) <= 0) return;
    diagnostics
        .Report(Code::W139, at,
                fmt::format("this {} of {} '{}' was written for version {}, but the {} was revised in version {}; "
                            "review it, then set based-on=\"{}\"",
                            what, IdKindName(entry->kind), id, adaptation.based_on, IdKindName(entry->kind),
                            entry->revised, entry->revised))
        .notes.push_back({entry->location, "revised here"});
  };
  for (const auto& operation : adaptation.operations) {
    std::visit(Overloaded{
                   [&](const model::Replace& r) {
                     check(std::visit([](const auto& e) { return e.id; }, r.replacement), r.location, "replacement");
                   },
                   [&](const model::Append& a) { check(a.module.id, a.location, "addition"); },
                   [&](const model::Remove& r) { check(r.target.id, r.location, "removal"); },
                   [&](const model::AddModule&) {},
                   [&](const model::Restrict& r) { check(r.target.id, r.location, "restriction"); },
               },
               operation);
  }
  for (const auto& translation : adaptation.translations) {
    check(translation.target.id, translation.location, "translation");
  }
}

}  // namespace

void CheckAdaptation(const model::Adaptation& adaptation, const model::Curriculum& curriculum,
                     const IdIndex& base_index, const Options& options, Diagnostics& diagnostics) {
  CheckCountry(adaptation, diagnostics);
  CheckLanguage(adaptation.language, adaptation.language_location, diagnostics);
  if (!adaptation.based_on.empty() && !curriculum.version.empty() &&
      adaptation.based_on != curriculum.version) {
    diagnostics.Report(Code::W138, adaptation.based_on_location,
                       fmt::format("this adaptation was written for version {} of the "
                                   "curriculum, which is now version {}; review it, then set "
                                   "based-on=\"{}\"",
                                   adaptation.based_on, curriculum.version, curriculum.version));
  }
  if (adaptation.audiences_only) {
    std::vector<std::string> audiences = base_index.IdsOf(IdKind::kAudience);
    for (const auto& ref : *adaptation.audiences_only) {
      const IdEntry* entry = base_index.Find(ref.id);
      if (!entry || entry->kind != IdKind::kAudience) {
        diagnostics.Report(Code::E103, ref.location,
                           fmt::format("unknown audience '{}'{}", ref.id, DidYouMean(ref.id, audiences)));
      }
    }
  }
  CheckFacts(adaptation, curriculum, base_index, options, diagnostics);
  IdIndex index = base_index;
  AddCountryAudiences(adaptation, index, diagnostics);
  CheckOperations(adaptation, index, diagnostics);
  CheckCountryTracks(adaptation, index, diagnostics);
  CheckTranslations(adaptation, base_index, diagnostics);
  CheckRevisions(adaptation, base_index, diagnostics);
  CheckDraft(adaptation, curriculum, base_index, diagnostics);
  auto walk_adaptation = [&](const ContentVisitor& visitor) { Walk(adaptation, visitor); };
  CheckContentReferences(index, options.env ? *options.env : DiskEnv(), curriculum.folder, walk_adaptation,
                         diagnostics);
  // A draft's copies of the curriculum's text are in its language until rewritten (W195 says so);
  // they say nothing of the script the country writes in. Only a draft is copied without them.
  auto draft_copy = [](const model::Operation& operation) {
    const auto* replace = std::get_if<model::Replace>(&operation);
    return replace && replace->to_fill;
  };
  if (std::none_of(adaptation.operations.begin(), adaptation.operations.end(), draft_copy)) {
    CheckTextScript(adaptation.language, adaptation.language_location, walk_adaptation, diagnostics);
  } else {
    model::Adaptation written = adaptation;
    written.operations.erase(std::remove_if(written.operations.begin(), written.operations.end(), draft_copy),
                             written.operations.end());
    CheckTextScript(adaptation.language, adaptation.language_location,
                    [&](const ContentVisitor& visitor) { Walk(written, visitor); }, diagnostics);
  }
  for (const auto& operation : adaptation.operations) {
    std::visit(Overloaded{
                   [&](const model::Replace& r) {
                     if (const auto* item = std::get_if<model::AssessmentItem>(&r.replacement)) {
                       CheckAssessmentItem(*item, diagnostics);
                     } else if (const auto* module = std::get_if<model::Module>(&r.replacement)) {
                       for (const auto& module_item : module->assessment) CheckAssessmentItem(module_item, diagnostics);
                     }
                   },
                   [&](const model::Append& a) {
                     for (const auto& part : a.parts) {
                       if (const auto* item = std::get_if<model::AssessmentItem>(&part)) {
                         CheckAssessmentItem(*item, diagnostics);
                       }
                     }
                   },
                   [&](const model::Remove&) {},
                   [&](const model::Restrict&) {},
                   [&](const model::AddModule& m) {
                     for (const auto& item : m.module.assessment) CheckAssessmentItem(item, diagnostics);
                   },
               },
               operation);
  }
}

}  // namespace trainkit::validate
