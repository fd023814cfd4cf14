// The trainkit command: one function per subcommand, and the mapping to exit codes.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include "build_command.h"
#include "check_scorm_command.h"
#include "diff_command.h"
#include "exit_code.h"
#include "export_command.h"
#include "formats_command.h"
#include "new_command.h"
#include "serve_command.h"
#include "outline_command.h"
#include "translate_command.h"
#include "validate_command.h"
#include "trainkit/base/diagnostic.h"
#include "trainkit/base/join.h"

#ifndef TRAINKIT_VERSION
#error "TRAINKIT_VERSION must be defined by the build"
#endif

namespace {

// When no command was recognised, says so in trainkit's words, with the commands to choose
// from: CLI11 would only say that "a subcommand is required". Returns false to leave other
// parse errors to CLI11.
bool ReportMissingCommand(CLI::App& app, const CLI::ParseError& error, int argc, char** argv) {
  std::vector<std::string> commands;
  for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; })) {
    commands.push_back(command->get_name());
  }
  // The program's own options take no values, so its first other argument is the command.
  const char* const* word = std::find_if(argv + 1, argv + argc, [](const char* a) { return a[0] != '-'; });
  std::string message;
  if (word != argv + argc) {
    if (std::find(commands.begin(), commands.end(), *word) != commands.end()) return false;
    std::string suggestion = trainkit::DidYouMean(*word, commands);
    message = fmt::format("unknown command '{}'{}", *word,
                          suggestion.empty() ? "; the commands are: " : suggestion + " The commands are: ");
  } else if (dynamic_cast<const CLI::RequiredError*>(&error) && app.get_subcommands().empty()) {
    message = "name a command; the commands are: ";
  } else {
    return false;
  }
  std::fprintf(stderr, "trainkit: %s%s\n", message.c_str(), trainkit::Join(commands).c_str());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace trainkit::cli;
  // A reader that goes away (`| head`, a FIFO's reader) is a failed write with a message and
  // exit code 4, not a silent death by SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  CLI::App app{"trainkit: training curricula written once in XML, checked like code, and "
               "exported for each country and audience"};
  app.set_version_flag("--version", "trainkit " TRAINKIT_VERSION);
  app.require_subcommand(1);

  // `new` and `serve` first: where a trainer starts, and so first in the list of commands.
  NewArguments new_arguments;
  NewCommands new_commands = AddNewCommands(app, new_arguments);
  ServeArguments serve_arguments;
  CLI::App* serve = AddServeCommand(app, serve_arguments);
  ValidateArguments validate_arguments;
  CLI::App* validate = AddValidateCommand(app, validate_arguments);
  OutlineArguments outline_arguments;
  CLI::App* outline = AddOutlineCommand(app, outline_arguments);
  ExportArguments export_arguments;
  CLI::App* export_command = AddExportCommand(app, export_arguments);
  DiffArguments diff_arguments;
  CLI::App* diff = AddDiffCommand(app, diff_arguments);
  BuildArguments build_arguments;
  CLI::App* build = AddBuildCommand(app, build_arguments);
  TranslateArguments translate_arguments;
  TranslateCommands translate = AddTranslateCommands(app, translate_arguments);
  CheckScormArguments check_scorm_arguments;
  CLI::App* check_scorm = AddCheckScormCommand(app, check_scorm_arguments);
  CLI::App* formats = AddFormatsCommand(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (!ReportMissingCommand(app, e, argc, argv)) app.exit(e);
    return kExitUsage;
  }

  try {
    if (validate->parsed()) return RunValidate(validate_arguments);
    if (outline->parsed()) return RunOutline(outline_arguments);
    if (export_command->parsed()) return RunExport(export_arguments);
    if (diff->parsed()) return RunDiff(diff_arguments);
    if (build->parsed()) return RunBuild(build_arguments);
    if (translate.translate->parsed()) return RunTranslate(translate, translate_arguments);
    if (check_scorm->parsed()) return RunCheckScorm(check_scorm_arguments);
    if (formats->parsed()) return RunFormats();
    if (new_commands.command->parsed()) return RunNew(new_commands, new_arguments);
    if (serve->parsed()) return RunServe(serve_arguments);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "trainkit: internal error: %s\n", e.what());
    return kExitInternal;
  }
  return kExitUsage;
}
