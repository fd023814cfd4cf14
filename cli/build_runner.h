// Writes a build's outputs, several at a time: each output is made in memory, then written to
// a temporary file and renamed into place, so a failed or interrupted output leaves no file.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "build_plan.h"
#include "warnings_as_errors.h"
#include "trainkit/workspace.h"
#include "trainkit/writers/writer.h"
#include "trainkit/base/diagnostic.h"

namespace trainkit::cli {

struct OutputResult {
  bool written = false;
  // Not made again: the last build made it from the same inputs. `bytes`, `sha256` and
  // `recorded_warnings` are what that build's record says.
  bool up_to_date = false;
  int recorded_warnings = 0;
  size_t bytes = 0;
  std::string sha256;
  int pages = 0;            // of a PDF: what a printer prints; 0 for other formats
  double milliseconds = 0;  // to make and write it
  Diagnostics diagnostics;  // what the writer reported
  std::string error;        // why it was not written
  bool io_error = false;    // the file system or the template, not the content, was the problem
  bool internal_error = false;  // a bug in trainkit
};

struct RunOptions {
  int jobs = 1;
  RenderOptions render;     // its template folder is set: never empty
  WarningsAsErrors werror;  // an output with such warnings is not written
};

// Makes every output that is not up to date, `options.jobs` at a time, into `results` (one
// per output, in the same order; those up to date are left as they are). `finished` is called
// once per output made as it is done, never from two threads at once.
void RunOutputs(const std::vector<PlannedOutput>& outputs, const std::vector<BuildCurriculum>& curricula,
                const RunOptions& options, std::vector<OutputResult>& results,
                const std::function<void(size_t, const OutputResult&)>& finished);

}  // namespace trainkit::cli
