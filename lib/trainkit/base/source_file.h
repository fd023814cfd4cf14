// A file the user gave us, kept in memory so diagnostics can quote its lines.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace trainkit {

class SourceFile {
 public:
  // `display_path` is how messages name the file (as the user wrote it, not absolute).
  SourceFile(std::string display_path, std::string contents);

  const std::string& path() const { return path_; }
  const std::string& contents() const { return contents_; }

  // The 1-based line `line` without its line break; empty when out of range.
  std::string_view Line(int line) const;
  // The 1-based line and column (in Unicode code points) of a byte offset.
  std::pair<int, int> LineColumn(size_t offset) const;

 private:
  // UTF-8 continuation bytes before offset `at`.
  size_t ContinuationBytesBefore(size_t at) const;

  std::string path_;
  std::string contents_;
  std::vector<size_t> line_starts_;
  // The continuation bytes before every kSample-th offset, so that a column is found in
  // constant time even on a line of megabytes (office suites save XML parts as one line).
  static constexpr size_t kSample = 256;
  std::vector<size_t> continuation_bytes_;
};

using SourceFilePtr = std::shared_ptr<const SourceFile>;

}  // namespace trainkit
