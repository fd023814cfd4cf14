#include "warnings_as_errors.h"

#include <sstream>

namespace trainkit::cli {

void WarningsAsErrors::AddOption(CLI::App& command) {
  // A flag, not an option: `--werror PATH` must leave PATH alone; a list goes after '='.
  command
      .add_flag("--werror", value_,
                "Treat warnings as errors (exit code 3): all of them, or only the codes listed (--werror=W134,W175)")
      ->option_text("[=CODE,...]")
      ->each([this](const std::string& list) {
        if (list == "true" || list.empty()) {  // --werror alone
          all_ = true;
          return;
        }
        std::stringstream codes(list);
        std::string name;
        while (std::getline(codes, name, ',')) {
          const CodeInfo* found = nullptr;
          for (const CodeInfo& info : AllCodes()) {
            if (info.name == name) found = &info;
          }
          if (!found || found->severity != Severity::kWarning) {
            throw CLI::ValidationError("'" + name + "' is not a warning code (W followed by three digits; see "
                                       "doc/diagnostics.md)");
          }
          codes_.insert(found->code);
        }
      });
}

bool WarningsAsErrors::Stops(const Diagnostics& diagnostics) const {
  for (const Diagnostic& diagnostic : diagnostics.items()) {
    if (diagnostic.severity() != Severity::kWarning) continue;
    if (all_ || codes_.count(diagnostic.code)) return true;
  }
  return false;
}

std::string WarningsAsErrors::Describe() const {
  if (all_) return "all";
  std::string codes;
  for (Code code : codes_) codes += (codes.empty() ? "" : ",") + std::string(Info(code).name);
  return codes;
}

}  // namespace trainkit::cli
