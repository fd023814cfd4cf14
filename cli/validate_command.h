// `trainkit validate`: checks curricula and reports every problem like a compiler.
#pragma once

#include "warnings_as_errors.h"

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace trainkit::cli {

struct ValidateArguments {
  std::vector<std::string> paths;
  std::string diagnostics_format = "text";
  WarningsAsErrors werror;
};

// Adds the subcommand to `app`; its options are stored in `arguments`.
CLI::App* AddValidateCommand(CLI::App& app, ValidateArguments& arguments);
// Runs it; returns the exit code.
int RunValidate(const ValidateArguments& arguments);

}  // namespace trainkit::cli
