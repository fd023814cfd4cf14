// `trainkit formats`: the writer registry, one format a line.
#pragma once

#include <CLI/CLI.hpp>

namespace trainkit::cli {

CLI::App* AddFormatsCommand(CLI::App& app);
int RunFormats();

}  // namespace trainkit::cli
