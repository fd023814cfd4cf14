// The trainkit command: one function per subcommand, and the mapping to exit codes.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "build_command.h"
#include "diff_command.h"
#include "exit_code.h"
#include "export_command.h"
#include "formats_command.h"
#include "outline_command.h"
#include "validate_command.h"

#ifndef TRAINKIT_VERSION
#error "TRAINKIT_VERSION must be defined by the build"
#endif

int main(int argc, char** argv) {
  using namespace trainkit::cli;
  CLI::App app{"trainkit: training curricula written once in XML, checked like code, and "
               "exported for each country and audience"};
  app.set_version_flag("--version", "trainkit " TRAINKIT_VERSION);
  app.require_subcommand(1);

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
    app.exit(e);
    return kExitUsage;
  }

  try {
    if (validate->parsed()) return RunValidate(validate_arguments);
    if (outline->parsed()) return RunOutline(outline_arguments);
    if (export_command->parsed()) return RunExport(export_arguments);
    if (diff->parsed()) return RunDiff(diff_arguments);
    if (build->parsed()) return RunBuild(build_arguments);
    if (formats->parsed()) return RunFormats();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "trainkit: internal error: %s\n", e.what());
    return kExitInternal;
  }
  return kExitUsage;
}
