// Every id a curriculum declares, what kind of thing it names and where: the basis of all
// reference checks.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/model/curriculum.h"

namespace trainkit::validate {

enum class IdKind {
  kCurriculum, kSource, kAudience, kGoal, kObjective, kTerm, kModule, kSection, kActivity,
  kMessage, kHandout, kItem, kTrack, kBreak,
  kFact  // fact keys: a name space of their own, reached only by translations
};

std::string_view IdKindName(IdKind kind);  // "module", "assessment item", ...

struct IdEntry {
  IdKind kind;
  SourceLocation location;
  size_t choices = 0;    // for items: how many choices a translation must give
  std::string revised;   // the curriculum version in which it last changed, if recorded
};

class IdIndex {
 public:
  // Indexes the base curriculum, reporting ids declared twice (E101). Fact keys are a
  // separate name space, indexed in `facts()`.
  static IdIndex Build(const model::Curriculum& curriculum, Diagnostics& diagnostics);

  // Registers one more id (an adaptation's own module, say); E101 if already taken.
  void Add(const std::string& id, IdKind kind, const SourceLocation& location,
           Diagnostics& diagnostics, size_t choices = 0, const std::string& revised = "");
  void AddModuleContents(const model::Module& module, Diagnostics& diagnostics);

  const IdEntry* Find(const std::string& id) const;
  // Checks that `ref` names an id of kind `kind`: E102 (with a suggestion) when it does not.
  bool Expect(const model::Ref& ref, IdKind kind, Diagnostics& diagnostics) const;
  std::vector<std::string> IdsOf(IdKind kind) const;

  const std::map<std::string, const model::FactDefinition*>& facts() const { return facts_; }

 private:
  std::map<std::string, IdEntry> ids_;
  std::map<std::string, const model::FactDefinition*> facts_;
};

}  // namespace trainkit::validate
