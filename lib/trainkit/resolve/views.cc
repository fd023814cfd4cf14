// The views participant outputs receive (program.h).
#include "trainkit/resolve/program.h"

namespace trainkit::resolve {

ParticipantProgram ParticipantViewOf(const ResolvedProgram& program) {
  ParticipantProgram view;
  static_cast<ProgramDescription&>(view) = program;
  view.modules.reserve(program.modules.size());
  for (const Module& module : program.modules) view.modules.push_back(module);  // sliced: no facilitator part
  return view;
}

Assessment AssessmentOf(const ResolvedProgram& program) {
  Assessment assessment;
  for (const Module& module : program.modules) {
    for (const AnswerKey& key : module.facilitator.answers) {
      assessment.questions[key.id] = {key.correct_choices, key.answer, key.explanation, key.objectives};
    }
  }
  return assessment;
}

}  // namespace trainkit::resolve
