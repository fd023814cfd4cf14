// `trainkit check-scorm`: vets SCORM packages from anywhere before an LMS imports them.
#pragma once

#include "warnings_as_errors.h"

#include <cstdint>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "trainkit/scorm_check/check_scorm.h"

namespace trainkit::cli {

struct CheckScormArguments {
  std::vector<std::string> packages;
  std::string diagnostics_format = "text";
  uint64_t upload_limit = scorm_check::CheckLimits{}.upload_warning_bytes;
  WarningsAsErrors werror;
};

// Adds the subcommand to `app`; its options are stored in `arguments`.
CLI::App* AddCheckScormCommand(CLI::App& app, CheckScormArguments& arguments);
// Runs it; returns the exit code, as `validate` does: 4 when a package could not be read,
// else 1 on errors, 3 on warnings with --werror, 0 otherwise.
int RunCheckScorm(const CheckScormArguments& arguments);

}  // namespace trainkit::cli
