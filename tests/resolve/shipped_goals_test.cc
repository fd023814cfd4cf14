// Every shipped program teaches and assesses each goal its track pursues for its audience: no
// standing W170 or W171, so a new one is a real gap, not noise.
#include <catch2/catch.hpp>

#include <algorithm>

#include "../support/shipped_programs.h"

using namespace trainkit;

TEST_CASE("every shipped program teaches and assesses each goal its track pursues") {
  int programs = 0;
  for (const auto& program : test::ShippedPrograms()) {
    ++programs;
    CHECK_FALSE(program.goals.empty());
    // A curriculum whose questions name no objectives assesses no goal, and W171 says nothing.
    bool questions_name_objectives =
        std::any_of(program.goals.begin(), program.goals.end(), [](const auto& goal) { return goal.assessed; });
    for (const auto& goal : program.goals) {
      INFO(program.curriculum_id << " " << program.country << " " << program.audience << " " << program.track << ": "
                                 << goal.id);
      CHECK(goal.taught);
      if (questions_name_objectives) CHECK(goal.assessed);
    }
  }
  CHECK(programs >= 90);
}
