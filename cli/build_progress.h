// How a build shows its progress: a bar redrawn in place on a terminal, one line per file
// otherwise (a log, CI), and in both cases each output's problems as they happen.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>

#include "build_plan.h"
#include "build_runner.h"

namespace trainkit::cli {

class BuildProgress {
 public:
  BuildProgress(size_t total, std::FILE* stream);
  // An output is done: its problems and, off a terminal, the line saying it was written.
  void Finished(const PlannedOutput& output, const OutputResult& result);
  // Clears the bar, so what follows starts on a clean line.
  void Close();

 private:
  void DrawBar();
  void ClearBar();

  size_t total_;
  size_t done_ = 0;
  std::FILE* stream_;
  bool terminal_;
  bool color_;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace trainkit::cli
