// No facilitator note, trainer-only section, activity step or debrief question of any
// shipped program reaches what participants see. The types already keep them apart; this
// test proves it on the real curricula, every country, audience and track.
#include <catch2/catch.hpp>

#include "../support/program_texts.h"
#include "../support/shipped_programs.h"

using namespace trainkit;
using test::FacilitatorTexts;
using test::ParticipantTexts;

TEST_CASE("no facilitator-only text reaches the participant side of any shipped program") {
  int programs = 0;
  for (const auto& program : test::ShippedPrograms()) {
    ++programs;
    std::string participant;
    for (const auto& text : ParticipantTexts(program)) participant += text + "\n";
    for (const auto& text : FacilitatorTexts(program)) {
      if (!test::IsGuidanceSentence(text)) continue;
      INFO(program.curriculum_id << " " << program.country << " " << program.audience << " " << program.track
                                 << ": " << text);
      CHECK(participant.find(text) == std::string::npos);
    }
  }
  CHECK(programs >= 90);
}
