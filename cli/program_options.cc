#include "program_options.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <set>

#include "exit_code.h"
#include "terminal.h"
#include "trainkit/base/date.h"
#include "trainkit/base/diagnostic_format.h"
#include "trainkit/workspace.h"
#include "trainkit/translation/apply.h"

namespace trainkit::cli {

void AddProgramOptions(CLI::App& command, ProgramArguments& arguments) {
  command.add_option("PATH", arguments.path, "The curriculum folder or its curriculum.xml")->required();
  command.add_option("--country", arguments.country,
                     "ISO 3166-1 code of a country adaptation (default: the international version)");
  command.add_option("--audience", arguments.audience, "The audience the program is for")->required();
  command.add_option("--track", arguments.track, "The agenda to follow (default: the curriculum's first)");
  command.add_option("--language", arguments.language,
                     "The language of the text (default: the adaptation's, else the curriculum's)");
  arguments.werror.AddOption(command);
}

int ExitCodeFor(const Diagnostics& diagnostics, const WarningsAsErrors& werror) {
  // E180: the template's fonts lack a character the text needs; E184: the template's words
  // have a placeholder nothing fills. The template must change, not the curriculum.
  auto template_error = [](const Diagnostic& d) {
    return d.severity() != Severity::kError || d.code == Code::E180 || d.code == Code::E184;
  };
  if (diagnostics.has_errors()) {
    const auto& items = diagnostics.items();
    return std::all_of(items.begin(), items.end(), template_error) ? kExitIo : kExitContentErrors;
  }
  if (werror.Stops(diagnostics)) return kExitWarnings;
  return kExitOk;
}

int ReportDiagnostics(const Diagnostics& diagnostics, const WarningsAsErrors& werror) {
  TextStyle style{UseColor(stderr)};
  for (const Diagnostic& diagnostic : diagnostics.items()) std::fputs(FormatText(diagnostic, style).c_str(), stderr);
  return ExitCodeFor(diagnostics, werror);
}

namespace {

// Prints the errors of a curriculum's files and says what to do; the exit code to stop with.
int ReportFileErrors(const std::string& path, const CheckedFiles& files) {
  ReportDiagnostics(files.diagnostics, {});
  std::fprintf(stderr, "trainkit: %s has errors; run 'trainkit validate %s' after fixing them\n", path.c_str(),
               path.c_str());
  return files.loaded.io_failed ? kExitIo : kExitContentErrors;
}

}  // namespace

reader::LoadedCurriculum LoadCheckedCurriculum(const std::string& path, Diagnostics& warnings, int& exit_code) {
  Workspace workspace(DiskEnv(), path, CheckDate());
  std::shared_ptr<const CheckedFiles> files = workspace.Check(Scope::Everything());
  warnings = files->diagnostics;
  exit_code = files->diagnostics.has_errors() ? ReportFileErrors(path, *files) : kExitOk;
  return files->loaded;
}

LoadedProgram LoadProgram(const ProgramArguments& arguments, model::Delivery delivery) {
  LoadedProgram result;
  result.workspace = std::make_unique<Workspace>(DiskEnv(), arguments.path, CheckDate());
  resolve::Request request{arguments.country, arguments.audience, arguments.track, arguments.language, CheckDate(),
                           delivery};
  ProgramResult resolved = result.workspace->Resolve(request);
  result.files = resolved.files;
  if (resolved.files->diagnostics.has_errors()) {
    result.exit_code = ReportFileErrors(arguments.path, *resolved.files);
    return result;
  }
  if (resolved.request_error) {
    std::fprintf(stderr, "trainkit: %s\n", resolved.request_error->message.c_str());
    result.exit_code = kExitUsage;
    return result;
  }
  result.program = *resolved.program;
  result.diagnostics = std::move(resolved.diagnostics);
  return result;
}

}  // namespace trainkit::cli
