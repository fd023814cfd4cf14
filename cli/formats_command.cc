#include "formats_command.h"

#include <fmt/format.h>

#include <cstdio>

#include "exit_code.h"
#include "trainkit/writers/writer.h"

namespace trainkit::cli {

CLI::App* AddFormatsCommand(CLI::App& app) {
  return app.add_subcommand("formats", "List the export formats");
}

int RunFormats() {
  for (const auto& writer : writers::AllWriters()) {
    std::fputs(fmt::format("{:<14} .{:<5} {}\n", writer.name, writer.extension, writer.description).c_str(), stdout);
  }
  return kExitOk;
}

}  // namespace trainkit::cli
