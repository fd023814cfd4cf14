// `trainkit translate`: a language's translation units for translators (XLIFF out and in) and
// where each language stands.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace trainkit::cli {

struct TranslateArguments {
  std::string path;
  std::string language;  // "ro"; "ro-MD" is Moldova's overrides of Romanian
  std::string country;
  std::string output;    // export: the XLIFF file; "" or "-" for standard output
  std::string xliff;     // import: the file to merge
  bool missing = false;
  bool json = false;
};

struct TranslateCommands {
  CLI::App* translate = nullptr;
  CLI::App* status = nullptr;
  CLI::App* export_units = nullptr;
  CLI::App* import_units = nullptr;
};

TranslateCommands AddTranslateCommands(CLI::App& app, TranslateArguments& arguments);
int RunTranslate(const TranslateCommands& commands, const TranslateArguments& arguments);

}  // namespace trainkit::cli
