// `trainkit diff`: what a country adaptation changes against the base, and what is stale.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace trainkit::cli {

struct DiffArguments {
  std::string path;
  std::string country;
  bool json = false;
};

CLI::App* AddDiffCommand(CLI::App& app, DiffArguments& arguments);
int RunDiff(const DiffArguments& arguments);

}  // namespace trainkit::cli
