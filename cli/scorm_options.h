// The options an LMS administrator sets for SCORM packages, on `export` and `build`: the pass
// mark, when the right answers are shown, how many attempts a learner has.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "trainkit/writers/writer.h"

namespace trainkit::cli {

struct ScormArguments {
  std::optional<int> pass_mark;
  std::string reveal_answers = "after-attempt";
  int max_attempts = 0;

  // Whether any was given: they mean nothing to a format that is not SCORM.
  bool given = false;
};

void AddScormOptions(CLI::App& command, ScormArguments& arguments);
writers::ScormOptions ScormOptionsOf(const ScormArguments& arguments);

}  // namespace trainkit::cli
