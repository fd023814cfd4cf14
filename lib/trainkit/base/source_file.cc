#include "trainkit/base/source_file.h"

#include <algorithm>

namespace trainkit {

SourceFile::SourceFile(std::string display_path, std::string contents)
    : path_(std::move(display_path)), contents_(std::move(contents)) {
  line_starts_.push_back(0);
  size_t continuation = 0;
  for (size_t i = 0; i < contents_.size(); ++i) {
    if (i % kSample == 0) continuation_bytes_.push_back(continuation);
    if (contents_[i] == '\n') line_starts_.push_back(i + 1);
    if ((static_cast<unsigned char>(contents_[i]) & 0xC0) == 0x80) ++continuation;
  }
  continuation_bytes_.push_back(continuation);
}

size_t SourceFile::ContinuationBytesBefore(size_t at) const {
  size_t sample = at / kSample;
  size_t count = continuation_bytes_[std::min(sample, continuation_bytes_.size() - 1)];
  for (size_t i = sample * kSample; i < at; ++i) {
    if ((static_cast<unsigned char>(contents_[i]) & 0xC0) == 0x80) ++count;
  }
  return count;
}

std::string_view SourceFile::Line(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return {};
  size_t begin = line_starts_[line - 1];
  size_t end = static_cast<size_t>(line) < line_starts_.size() ? line_starts_[line] - 1
                                                               : contents_.size();
  std::string_view text(contents_.data() + begin, end - begin);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

std::pair<int, int> SourceFile::LineColumn(size_t offset) const {
  offset = std::min(offset, contents_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line_index = static_cast<size_t>(it - line_starts_.begin()) - 1;
  // Code points, not bytes: the bytes of the line so far less its UTF-8 continuation bytes.
  size_t start = line_starts_[line_index];
  size_t continuation = 0;
  if (offset - start <= kSample) {
    // A line of a curriculum: counting its own bytes is cheaper than going back to a sample.
    for (size_t i = start; i < offset; ++i) continuation += (static_cast<unsigned char>(contents_[i]) & 0xC0) == 0x80;
  } else {
    continuation = ContinuationBytesBefore(offset) - ContinuationBytesBefore(start);
  }
  size_t column = offset - start - continuation + 1;
  return {static_cast<int>(line_index) + 1, static_cast<int>(column)};
}

}  // namespace trainkit
