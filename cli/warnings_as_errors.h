// --werror: every warning stops the command; --werror=W134,W175: only those do, a gate a
// trainer can put before printing without being stopped by warnings that do not concern it.
#pragma once

#include <set>
#include <string>

#include <CLI/CLI.hpp>

#include "trainkit/base/diagnostic.h"

namespace trainkit::cli {

class WarningsAsErrors {
 public:
  // Adds --werror[=CODE,...] to `command`; a code that is not a warning's is a usage error.
  void AddOption(CLI::App& command);

  bool enabled() const { return all_ || !codes_.empty(); }
  // Whether `diagnostics` hold a warning that is an error here.
  bool Stops(const Diagnostics& diagnostics) const;

 private:
  bool all_ = false;
  std::set<Code> codes_;
};

}  // namespace trainkit::cli
