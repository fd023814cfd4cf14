// Compiled by the "types:" tests, never linked. A participant writer receives a
// ParticipantProgram (and SCORM an Assessment); this file is such a writer trying to reach
// facilitator material. Built with REACH_NOTHING it must compile (the control: the includes
// and the participant parts are fine); with each other REACH_ it must fail to compile, with
// the compiler naming the member that does not exist.
#include "trainkit/resolve/program.h"

namespace {

[[maybe_unused]] void Write(const trainkit::resolve::ParticipantProgram& program,
                            [[maybe_unused]] const trainkit::resolve::Assessment& assessment) {
  const auto& module = program.modules.at(0);
#if defined(REACH_NOTHING)
  (void)module.participant.questions;
  (void)assessment.questions;
#elif defined(REACH_FACILITATOR)
  (void)module.facilitator.section_notes;
#elif defined(REACH_ANSWER_KEYS)
  (void)module.facilitator.answers;
#else
#error "say what to reach"
#endif
}

}  // namespace
