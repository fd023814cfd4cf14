// The trainkit executable's exit codes, as documented in the README.
#pragma once

namespace trainkit::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitContentErrors = 1,  // the curriculum has errors
  kExitUsage = 2,          // the command line is wrong
  kExitWarnings = 3,       // warnings, with --werror
  kExitIo = 4,             // a file could not be read or written, or a template is broken
  kExitInternal = 5,       // a bug in trainkit
};

}  // namespace trainkit::cli
