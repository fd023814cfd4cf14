#include "scorm_options.h"

namespace trainkit::cli {

void AddScormOptions(CLI::App& command, ScormArguments& arguments) {
  auto given = [&arguments](const auto&) { arguments.given = true; };
  command
      .add_option("--pass-mark", arguments.pass_mark,
                  "For SCORM: the score in percent that passes the final assessment (default: the curriculum's; "
                  "a mastery score the LMS sets wins)")
      ->check(CLI::Range(0, 100))
      ->each(given);
  command
      .add_option("--reveal-answers", arguments.reveal_answers,
                  "For SCORM: when the final assessment shows the right answers and why: after-attempt (default), "
                  "after-pass or never")
      ->check(CLI::IsMember({"after-attempt", "after-pass", "never"}))
      ->each(given);
  command
      .add_option("--max-attempts", arguments.max_attempts,
                  "For SCORM: how many times a learner may submit the final assessment (default: no limit)")
      ->check(CLI::Range(1, 1000))
      ->each(given);
}

writers::ScormOptions ScormOptionsOf(const ScormArguments& arguments) {
  writers::ScormOptions options;
  options.pass_mark = arguments.pass_mark;
  options.reveal_answers = arguments.reveal_answers == "after-pass" ? writers::RevealAnswers::kAfterPass
                           : arguments.reveal_answers == "never"    ? writers::RevealAnswers::kNever
                                                                    : writers::RevealAnswers::kAfterAttempt;
  options.max_attempts = arguments.max_attempts;
  return options;
}

}  // namespace trainkit::cli
