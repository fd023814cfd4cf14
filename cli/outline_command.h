// `trainkit outline`: what one program is, at a glance: the agenda, which goals each module
// serves, the facts it prints and when they were checked, and the warnings.
#pragma once

#include <CLI/CLI.hpp>

#include "program_options.h"

namespace trainkit::cli {

struct OutlineArguments {
  ProgramArguments program;
  std::string start;  // HH:MM, overrides the track's start
  bool json = false;
  std::string paper;  // for the page counts: empty, the style's
  std::string brand;  // for the page counts: a brand.json; empty, the template's, if any
};

CLI::App* AddOutlineCommand(CLI::App& app, OutlineArguments& arguments);
int RunOutline(const OutlineArguments& arguments);

}  // namespace trainkit::cli
