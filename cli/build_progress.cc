#include "build_progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include "terminal.h"
#include "trainkit/base/diagnostic_format.h"

namespace trainkit::cli {

BuildProgress::BuildProgress(size_t total, std::FILE* stream)
    : total_(total), stream_(stream), terminal_(isatty(fileno(stream)) != 0), color_(UseColor(stream)) {}

void BuildProgress::ClearBar() {
  if (terminal_) std::fputs("\r\x1b[K", stream_);
}

void BuildProgress::DrawBar() {
  constexpr int kWidth = 30;
  int filled = total_ == 0 ? kWidth : static_cast<int>(kWidth * done_ / total_);
  std::fputs(fmt::format("\r\x1b[K[{}{}] {}/{} files", std::string(filled, '#'), std::string(kWidth - filled, ' '),
                         done_, total_)
                 .c_str(),
             stream_);
  std::fflush(stream_);
}

void BuildProgress::Finished(const PlannedOutput& output, const OutputResult& result) {
  ++done_;
  bool problems = !result.diagnostics.items().empty() || !result.written;
  if (problems) {
    ClearBar();
    TextStyle style{color_};
    for (const Diagnostic& diagnostic : result.diagnostics.items()) {
      std::fputs(FormatText(diagnostic, style).c_str(), stream_);
    }
    if (!result.written) std::fputs(fmt::format("trainkit: {}: not written: {}\n", output.path, result.error).c_str(), stream_);
  }
  if (!terminal_) {
    if (result.written) {
      std::string pages = result.pages == 1 ? ", 1 page" : result.pages > 1 ? fmt::format(", {} pages", result.pages) : "";
      std::fputs(fmt::format("trainkit: wrote {} ({} bytes{})\n", output.path, result.bytes, pages).c_str(), stream_);
    }
    return;
  }
  // Redrawn at most 20 times a second: drawing every file of a fast build would cost more than it.
  auto now = std::chrono::steady_clock::now();
  if (problems || done_ == total_ || now - last_draw_ > std::chrono::milliseconds(50)) {
    DrawBar();
    last_draw_ = now;
  }
}

void BuildProgress::Close() {
  ClearBar();
  std::fflush(stream_);
}

}  // namespace trainkit::cli
