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
#include "trainkit/writers/writer.h"
#include "trainkit/base/diagnostic.h"

namespace trainkit::cli {

struct OutputResult {
  bool written = false;
  size_t bytes = 0;
  std::string sha256;
  double milliseconds = 0;  // to make and write it
  Diagnostics diagnostics;  // what the writer reported
  std::string error;        // why it was not written
  bool io_error = false;    // the file system or the template, not the content, was the problem
  bool internal_error = false;  // a bug in trainkit
};

struct RunOptions {
  int jobs = 1;
  std::filesystem::path templates;
  std::filesystem::path strings;  // --strings, or empty
  std::string paper;
  std::shared_ptr<const writers::ReferenceDocx> reference_docx;  // for the formats that take one
  WarningsAsErrors werror;  // an output with such warnings is not written
  bool allow_unchecked_facts = false;  // participant outputs print unchecked numbers, marked
  writers::ScormOptions scorm;
};

// Makes every output, `options.jobs` at a time, and returns their results in the same order.
// `finished` is called once per output as it is done, never from two threads at once.
std::vector<OutputResult> RunOutputs(const std::vector<PlannedOutput>& outputs,
                                     const std::vector<BuildCurriculum>& curricula, const RunOptions& options,
                                     const std::function<void(size_t, const OutputResult&)>& finished);

}  // namespace trainkit::cli
