// No facilitator note or summary, trainer-only section, activity step or debrief question of
// any shipped program reaches what participants see, and no summary participants read speaks
// to the facilitator. The types already keep them apart; this
// test proves it on the real curricula, every country, audience and track.
#include <catch2/catch.hpp>

#include "../support/program_texts.h"
#include "trainkit/render/plain_text.h"
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

// A module's summary is printed at the head of the module in every handout, an activity's purpose
// on its worksheet: routing between modules, provenance and instructions belong in the
// <facilitator-summary> and the activity's notes.
TEST_CASE("no summary or activity purpose participants read gives the facilitator instructions or routing") {
  const std::vector<std::string> facilitator_words = {"facilitator", "Run this module", "module instead",
                                                      "replaces", "STOPVAW", "new module", "adapted from"};
  int summaries = 0;
  for (const auto& program : test::ShippedPrograms()) {
    if (program.language != program.source_language) continue;  // the English words
    std::vector<const model::Blocks*> participant_summaries = {&program.summary};
    for (const auto& module : program.modules) participant_summaries.push_back(&module.participant.summary);
    std::vector<std::string> purposes;  // what each activity is for, printed on its worksheet
    for (const auto& module : program.modules) {
      for (const auto& activity : module.participant.activities) purposes.push_back(render::PlainText(activity.purpose));
    }
    for (const model::Blocks* summary : participant_summaries) {
      std::vector<std::string> texts;
      test::BlockTexts(*summary, texts);
      if (summary == participant_summaries.back()) texts.insert(texts.end(), purposes.begin(), purposes.end());
      for (const auto& text : texts) {
        ++summaries;
        for (const auto& word : facilitator_words) {
          // The training of trainers' participants are facilitators: the word is theirs.
          if (word == "facilitator" && program.curriculum_id == "training-of-trainers") continue;
          INFO(program.curriculum_id << " " << program.audience << " " << program.track << ": " << text);
          CHECK(text.find(word) == std::string::npos);
        }
      }
    }
  }
  CHECK(summaries > 100);
}
