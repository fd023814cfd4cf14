#include "formats_command.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>

#include "exit_code.h"
#include "trainkit/writers/writer.h"

namespace trainkit::cli {

CLI::App* AddFormatsCommand(CLI::App& app) {
  return app.add_subcommand("formats", "List the export formats");
}

int RunFormats() {
  size_t width = 0;  // of the longest name: the columns line up
  for (const auto& writer : writers::AllWriters()) width = std::max(width, writer.name.size());
  for (const auto& writer : writers::AllWriters()) {
    std::fputs(fmt::format("{:<{}} .{:<5} {}\n", writer.name, width, writer.extension, writer.description).c_str(),
               stdout);
  }
  return kExitOk;
}

}  // namespace trainkit::cli
