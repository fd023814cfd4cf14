// --brand FILE, for export and build: the organisation's brand.json, else the template's.
#pragma once

#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "trainkit/model/brand.h"

namespace trainkit::cli {

void AddBrandOption(CLI::App& command, std::string& brand);

// Reads the brand `given` (else <templates>/brand.json, if any; `templates` empty: the default
// folder) into `brand`, left null when there is none. Prints what is wrong with it (E189,
// E193) and returns the exit code to stop with, or kExitOk.
int LoadBrand(const std::string& given, const std::string& templates, std::shared_ptr<const model::Brand>& brand);

}  // namespace trainkit::cli
