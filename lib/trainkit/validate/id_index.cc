#include "trainkit/validate/id_index.h"

#include <fmt/format.h>

#include "trainkit/base/indefinite_article.h"
#include "trainkit/base/overloaded.h"

namespace trainkit::validate {

std::string_view IdKindName(IdKind kind) {
  switch (kind) {
    case IdKind::kCurriculum: return "curriculum";
    case IdKind::kSource: return "source";
    case IdKind::kAudience: return "audience";
    case IdKind::kGoal: return "goal";
    case IdKind::kObjective: return "objective";
    case IdKind::kTerm: return "glossary term";
    case IdKind::kModule: return "module";
    case IdKind::kSection: return "section";
    case IdKind::kActivity: return "activity";
    case IdKind::kMessage: return "key message";
    case IdKind::kHandout: return "handout";
    case IdKind::kItem: return "assessment item";
    case IdKind::kTrack: return "track";
    case IdKind::kBreak: return "break";
    case IdKind::kFact: return "fact";
  }
  return "id";
}

void IdIndex::Add(const std::string& id, IdKind kind, const SourceLocation& location,
                  Diagnostics& diagnostics, size_t choices, const std::string& revised) {
  if (id.empty()) return;  // already reported as a missing or malformed id
  auto [it, inserted] = ids_.emplace(id, IdEntry{kind, location, choices, revised});
  if (inserted) return;
  Diagnostic& d = diagnostics.Report(
      Code::E101, location,
      fmt::format("duplicate id '{}': {} already has it; ids are unique across the whole "
                  "curriculum",
                  id, WithArticle(IdKindName(it->second.kind))));
  d.notes.push_back({it->second.location, "first defined here"});
}

void IdIndex::AddModuleContents(const model::Module& module, Diagnostics& diagnostics) {
  for (const auto& part : module.parts) {
    std::visit(Overloaded{
                   [&](const model::Section& s) { Add(s.id, IdKind::kSection, s.location, diagnostics, 0, s.revised); },
                   [&](const model::Activity& a) { Add(a.id, IdKind::kActivity, a.location, diagnostics, 0, a.revised); },
                   [&](const model::FacilitatorNote&) {},
               },
               part);
  }
  for (const auto& m : module.key_messages) Add(m.id, IdKind::kMessage, m.location, diagnostics, 0, m.revised);
  for (const auto& h : module.handouts) Add(h.id, IdKind::kHandout, h.location, diagnostics, 0, h.revised);
  for (const auto& item : module.assessment) {
    Add(item.id, IdKind::kItem, item.location, diagnostics, item.choices.size(), item.revised);
  }
}

IdIndex IdIndex::Build(const model::Curriculum& curriculum, Diagnostics& diagnostics) {
  IdIndex index;
  index.Add(curriculum.id, IdKind::kCurriculum, curriculum.location, diagnostics);
  for (const auto& s : curriculum.sources) index.Add(s.id, IdKind::kSource, s.location, diagnostics);
  for (const auto& a : curriculum.audiences) index.Add(a.id, IdKind::kAudience, a.location, diagnostics);
  for (const auto& g : curriculum.goals) index.Add(g.id, IdKind::kGoal, g.location, diagnostics, 0, g.revised);
  for (const auto& o : curriculum.objectives) {
    index.Add(o.id, IdKind::kObjective, o.location, diagnostics, 0, o.revised);
  }
  for (const auto& t : curriculum.glossary) index.Add(t.id, IdKind::kTerm, t.location, diagnostics, 0, t.revised);
  for (const auto& module : curriculum.modules) {
    index.Add(module.id, IdKind::kModule, module.location, diagnostics, 0, module.revised);
    index.AddModuleContents(module, diagnostics);
  }
  for (const auto& track : curriculum.tracks) {
    index.Add(track.id, IdKind::kTrack, track.location, diagnostics);
    for (const auto& entry : track.entries) {
      if (const auto* pause = std::get_if<model::Break>(&entry)) {
        index.Add(pause->id, IdKind::kBreak, pause->location, diagnostics);
      }
    }
  }
  for (const auto& fact : curriculum.facts) {
    if (fact.key.empty()) continue;
    auto [it, inserted] = index.facts_.emplace(fact.key, &fact);
    if (!inserted) {
      diagnostics
          .Report(Code::E101, fact.location, fmt::format("duplicate fact key '{}'", fact.key))
          .notes.push_back({it->second->location, "first defined here"});
    }
  }
  return index;
}

const IdEntry* IdIndex::Find(const std::string& id) const {
  auto it = ids_.find(id);
  return it == ids_.end() ? nullptr : &it->second;
}

std::vector<std::string> IdIndex::IdsOf(IdKind kind) const {
  std::vector<std::string> ids;
  for (const auto& [id, entry] : ids_) {
    if (entry.kind == kind) ids.push_back(id);
  }
  return ids;
}

bool IdIndex::Expect(const model::Ref& ref, IdKind kind, Diagnostics& diagnostics) const {
  if (ref.id.empty()) return false;
  const IdEntry* entry = Find(ref.id);
  if (entry && entry->kind == kind) return true;
  if (entry) {
    diagnostics
        .Report(Code::E102, ref.location,
                fmt::format("'{}' is {}, not {}", ref.id, WithArticle(IdKindName(entry->kind)),
                            WithArticle(IdKindName(kind))))
        .notes.push_back({entry->location, fmt::format("the {} is defined here", IdKindName(entry->kind))});
  } else {
    diagnostics.Report(Code::E102, ref.location,
                       fmt::format("unknown {} '{}'{}", IdKindName(kind), ref.id,
                                   DidYouMean(ref.id, IdsOf(kind))));
  }
  return false;
}

}  // namespace trainkit::validate
