#include "validate_command.h"

#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "exit_code.h"
#include "terminal.h"
#include "trainkit/base/date.h"
#include "trainkit/base/diagnostic_format.h"
#include "trainkit/reader/load.h"
#include "trainkit/workspace.h"

namespace trainkit::cli {

CLI::App* AddValidateCommand(CLI::App& app, ValidateArguments& arguments) {
  CLI::App* command = app.add_subcommand(
      "validate", "Check curricula and their country adaptations; report every problem");
  command->add_option("PATH", arguments.paths,
                      "Curriculum folders or curriculum.xml files (default: every curriculum "
                      "under ./curricula)");
  command->add_option("--diagnostics", arguments.diagnostics_format,
                      "How to print problems: text (for people) or json (for programs)")
      ->check(CLI::IsMember({"text", "json"}));
  arguments.werror.AddOption(*command);
  return command;
}

int RunValidate(const ValidateArguments& arguments) {
  std::vector<std::filesystem::path> paths(arguments.paths.begin(), arguments.paths.end());
  if (paths.empty()) {
    paths = reader::FindCurricula("curricula");
    if (paths.empty()) {
      std::fputs("trainkit: no curricula found under ./curricula; name a curriculum folder\n", stderr);
      return kExitUsage;
    }
  }
  Diagnostics diagnostics;
  bool io_failed = false;
  for (const auto& path : paths) {
    Workspace workspace(DiskEnv(), path, CheckDate());
    diagnostics.Append(workspace.Validate());
    io_failed = io_failed || workspace.Check(Scope::Everything())->loaded.io_failed;
  }

  if (arguments.diagnostics_format == "json") {
    std::fputs(FormatJson(diagnostics).c_str(), stdout);
  } else {
    TextStyle style{UseColor(stderr)};
    for (const Diagnostic& diagnostic : diagnostics.items()) {
      std::fputs(FormatText(diagnostic, style).c_str(), stderr);
    }
    auto plural = [](int n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
    std::string curricula = paths.size() == 1 ? "1 curriculum" : fmt::format("{} curricula", paths.size());
    std::fputs(fmt::format("trainkit: checked {}: {}, {}\n", curricula,
                           plural(diagnostics.errors(), "error"), plural(diagnostics.warnings(), "warning"))
                   .c_str(),
               stderr);
  }
  if (io_failed) return kExitIo;
  if (diagnostics.has_errors()) return kExitContentErrors;
  if (arguments.werror.Stops(diagnostics)) return kExitWarnings;
  return kExitOk;
}

}  // namespace trainkit::cli
