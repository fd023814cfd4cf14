#include "trainkit/render/program_goals.h"

namespace trainkit::render {

std::vector<TaughtGoal> GoalsTaught(const resolve::ProgramDescription& program) {
  std::vector<TaughtGoal> taught;
  for (const auto& goal : program.goals) {
    if (!goal.taught) continue;
    TaughtGoal entry{&goal, {}};
    for (const auto& objective : program.objectives) {
      if (objective.goal == goal.id && !objective.taught_by.empty()) entry.objectives.push_back(&objective);
    }
    taught.push_back(std::move(entry));
  }
  return taught;
}

}  // namespace trainkit::render
