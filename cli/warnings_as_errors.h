// --werror: every warning stops the command; --werror=W134,W175: only those do, a gate a
// trainer can put before printing without being stopped by warnings that do not concern it.
#pragma once

#include <set>
#include <string>

#include <CLI/CLI.hpp>

#include "trainkit/base/diagnostic.h"

namespace trainkit::cli {

// The option's callback holds a pointer to the object: it must stay where it is until the
// command line is parsed (a copy made afterwards is a plain value).
class WarningsAsErrors {
 public:
  // Adds --werror[=CODE,...] to `command`; a code that is not a warning's is a usage error.
  void AddOption(CLI::App& command);

  // Whether `diagnostics` hold a warning that is an error here.
  bool Stops(const Diagnostics& diagnostics) const;

  // What it treats as errors, in words that stay the same for the same setting: "all", the
  // codes ("W134,W175"), or "" for none.
  std::string Describe() const;

 private:
  std::string value_;  // as CLI11 parses it; the callback reads it into all_ and codes_
  bool all_ = false;
  std::set<Code> codes_;
};

}  // namespace trainkit::cli
