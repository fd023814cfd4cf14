// Every shipped program teaches and assesses each goal its track pursues for its audience: no
// standing W170 or W171, so a new one is a real gap, not noise.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "../support/shipped_programs.h"

using namespace trainkit;

TEST_CASE("every shipped program teaches and assesses each goal its track pursues") {
  int programs = 0;
  for (const auto& program : test::ShippedPrograms()) {
    ++programs;
    CHECK_FALSE(program.goals.empty());
    // A curriculum whose questions name no objectives assesses no goal, and W171 says nothing.
    bool questions_name_objectives = false;
    for (const auto& module : program.modules) {
      for (const auto& answer : module.facilitator.answers) questions_name_objectives |= !answer.objectives.empty();
    }
    for (const auto& goal : program.goals) {
      INFO(program.curriculum_id << " " << program.country << " " << program.audience << " " << program.track << ": "
                                 << goal.id);
      CHECK(goal.taught);
      if (questions_name_objectives) CHECK(goal.assessed);
    }
  }
  CHECK(programs >= 90);
}

TEST_CASE("the two-hour briefing pursues prevention for the lay audiences and the response for the others") {
  int checked = 0;
  for (const auto& program : test::ShippedPrograms()) {
    if (program.curriculum_id != "trafficking-in-women" || program.track != "two-hours") continue;
    std::set<std::string> goals;
    for (const auto& goal : program.goals) goals.insert(goal.id);
    bool lay = program.audience == "general-public" || program.audience == "women-seeking-work-abroad";
    INFO(program.country << " " << program.audience);
    CHECK(goals.count("goal-prevent") == (lay ? 1u : 0u));
    CHECK(goals.count("goal-respond") == (lay ? 0u : 1u));
    CHECK(goals.count("goal-understand") == 1u);
    ++checked;
  }
  CHECK(checked >= 7);
}
