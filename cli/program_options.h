// What the commands that work on one program share: the curriculum path and the choice of
// country, audience and track, and the loading that checks the curriculum first.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "trainkit/base/diagnostic.h"
#include "trainkit/reader/load.h"
#include "trainkit/resolve/resolve.h"
#include "trainkit/workspace.h"
#include "warnings_as_errors.h"

namespace trainkit::cli {

struct ProgramArguments {
  std::string path;
  std::string country;
  std::string audience;
  std::string track;
  std::string language;
  WarningsAsErrors werror;
};

// Adds PATH, --country, --audience, --track, --language and --werror to `command`.
void AddProgramOptions(CLI::App& command, ProgramArguments& arguments);

// A loaded, validated curriculum and the program resolved from it, or the exit code to
// stop with after the problems were printed.
struct LoadedProgram {
  std::unique_ptr<Workspace> workspace;       // the curriculum, to render the program with
  std::shared_ptr<const CheckedFiles> files;  // what the program was made from
  std::optional<resolve::ResolvedProgram> program;
  Diagnostics diagnostics;  // what concerns this program: its files' warnings, resolution's
  int exit_code = 0;
};

// Loads and checks every file of the curriculum at `path`, without resolving any program. On
// errors, prints them, says so and sets `exit_code`; otherwise returns the warnings, unprinted.
reader::LoadedCurriculum LoadCheckedCurriculum(const std::string& path, Diagnostics& warnings, int& exit_code);

// Loads and checks what the requested program is made from (curriculum.xml, its country's
// adaptation and its language's translations: other countries are not read), printing errors
// and stopping on any, then resolves it. Prints nothing on success: callers print
// `diagnostics`.
LoadedProgram LoadProgram(const ProgramArguments& arguments, model::Delivery delivery = model::Delivery::kClassroom);

// The exit code diagnostics call for: content errors (1); errors that only the template can
// fix, such as a character its fonts lack (4); warnings with --werror (3); else 0.
int ExitCodeFor(const Diagnostics& diagnostics, const WarningsAsErrors& werror);

// Prints diagnostics to standard error as text; returns the exit code they call for.
int ReportDiagnostics(const Diagnostics& diagnostics, const WarningsAsErrors& werror);

}  // namespace trainkit::cli
