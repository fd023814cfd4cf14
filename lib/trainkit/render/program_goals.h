// What a program teaches: the goals its modules serve, each with the objectives they teach.
// Every output that lists goals lists these, never every goal of the curriculum.
#pragma once

#include <vector>

#include "trainkit/resolve/program.h"

namespace trainkit::render {

struct TaughtGoal {
  const resolve::Goal* goal;
  std::vector<const resolve::Objective*> objectives;  // those some module of the program teaches
};

// In the curriculum's order.
std::vector<TaughtGoal> GoalsTaught(const resolve::ProgramDescription& program);

}  // namespace trainkit::render
