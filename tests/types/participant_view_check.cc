// Compiled by the "types:" tests, never linked. A participant writer receives a
// ParticipantProgram (and SCORM an Assessment); this file is such a writer trying to reach
// facilitator material. Built with REACH_NOTHING it must compile (the control: the includes
// and the participant parts are fine); with REACH_FACILITATOR the compiler must say a module
// has no member 'facilitator', and with REACH_WHOLE_PROGRAM that the view does not convert to
// the ResolvedProgram it was made from.
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
#elif defined(REACH_WHOLE_PROGRAM)
  // The view is no door back to the program it came from.
  [[maybe_unused]] const trainkit::resolve::ResolvedProgram& whole = program;
#else
#error "say what to reach"
#endif
}

}  // namespace
