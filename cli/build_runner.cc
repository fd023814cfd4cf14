#include "build_runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

#include "atomic_write.h"
#include "exit_code.h"
#include "program_options.h"
#include "trainkit/base/sha256.h"

namespace trainkit::cli {
namespace {

OutputResult MakeOutput(const PlannedOutput& output, const BuildCurriculum& curriculum, const RunOptions& options) {
  auto start = std::chrono::steady_clock::now();
  OutputResult result;
  std::string bytes;
  int pages = 0;
  Status status = curriculum.workspace->RenderBytes(*output.program, *output.writer, options.render, bytes,
                                                    result.diagnostics, &pages);
  if (!status.ok()) {
    result.error = status.message();
    result.io_error = true;
  } else if (result.diagnostics.has_errors()) {
    result.error = result.diagnostics.Has(Code::E185)
                       ? "a phone number in it is not checked, or its check has lapsed (--allow-unchecked-facts prints it marked)"
                   : ExitCodeFor(result.diagnostics, {}) != kExitIo ? "the program has content this format cannot show"
                   : result.diagnostics.Has(Code::E184)
                       ? "the template's interface words have a placeholder nothing fills"
                       : "the template's fonts cannot show some of its text";
  } else if (options.werror.Stops(result.diagnostics)) {
    result.error = "warnings are errors with --werror";
  } else {
    status = WriteFileAtomically(output.path, bytes, Flush::kUnflushed);  // the record holds its size
    if (status.ok()) {
      result.written = true;
      result.bytes = bytes.size();
      result.sha256 = Sha256Hex(bytes);
      result.pages = pages;
    } else {
      result.error = status.message();
      result.io_error = true;
    }
  }
  result.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace

void RunOutputs(const std::vector<PlannedOutput>& outputs, const std::vector<BuildCurriculum>& curricula,
                const RunOptions& options, std::vector<OutputResult>& results,
                const std::function<void(size_t, const OutputResult&)>& finished) {
  std::vector<size_t> to_make;
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (!outputs[i].up_to_date) to_make.push_back(i);
  }
  std::atomic<size_t> next{0};
  std::mutex report;
  auto work = [&] {
    for (size_t n = next++; n < to_make.size(); n = next++) {
      size_t i = to_make[n];
      try {
        results[i] = MakeOutput(outputs[i], curricula[outputs[i].curriculum], options);
      } catch (const std::exception& e) {
        results[i].error = std::string("internal error: ") + e.what();
        results[i].internal_error = true;
      }
      std::lock_guard<std::mutex> lock(report);
      finished(i, results[i]);
    }
  };
  int jobs = std::max(1, std::min<int>(options.jobs, static_cast<int>(to_make.size())));
  std::vector<std::thread> threads;
  for (int j = 1; j < jobs; ++j) threads.emplace_back(work);
  work();  // this thread is one of the jobs
  for (auto& thread : threads) thread.join();
}

}  // namespace trainkit::cli
