// Goals, objectives and modules refer to each other correctly and cover each other.
#include <fmt/format.h>

#include <set>

#include "trainkit/validate/rules.h"

namespace trainkit::validate {

void CheckStructure(const model::Curriculum& curriculum, const IdIndex& index,
                    Diagnostics& diagnostics) {
  std::set<std::string> served_goals;
  for (const auto& objective : curriculum.objectives) {
    if (index.Expect(objective.goal, IdKind::kGoal, diagnostics)) served_goals.insert(objective.goal.id);
  }
  std::set<std::string> taught_objectives;
  for (const auto& module : curriculum.modules) {
    if (module.objectives.empty()) {
      diagnostics.Report(Code::E112, module.location,
                         fmt::format("module '{}' has no objectives: list in 'objectives' what a "
                                     "participant can do after it",
                                     module.id));
    }
    for (const auto& objective : module.objectives) {
      if (index.Expect(objective, IdKind::kObjective, diagnostics)) taught_objectives.insert(objective.id);
    }
    for (const auto& item : module.assessment) {
      for (const auto& objective : item.objectives) index.Expect(objective, IdKind::kObjective, diagnostics);
    }
  }
  for (const auto& track : curriculum.tracks) {
    for (const auto& goal : track.goals) index.Expect(goal.goal, IdKind::kGoal, diagnostics);
    for (const auto& entry : track.entries) {
      if (const auto* module = std::get_if<model::TrackModule>(&entry)) {
        index.Expect(module->module, IdKind::kModule, diagnostics);
      }
    }
  }
  for (const auto& goal : curriculum.goals) {
    if (!goal.id.empty() && !served_goals.count(goal.id)) {
      diagnostics.Report(Code::W110, goal.location,
                         fmt::format("goal '{}' is served by no objective; add an objective with "
                                     "goal=\"{}\"",
                                     goal.id, goal.id));
    }
  }
  for (const auto& objective : curriculum.objectives) {
    if (!objective.id.empty() && !taught_objectives.count(objective.id)) {
      diagnostics.Report(Code::W111, objective.location,
                         fmt::format("objective '{}' is taught by no module; list it in a "
                                     "module's 'objectives'",
                                     objective.id));
    }
  }
}

}  // namespace trainkit::validate
