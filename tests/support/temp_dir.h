// A fresh directory for one test, removed when the test ends.
#pragma once

#include <filesystem>
#include <string>

namespace trainkit::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // Writes `contents` to `relative` (creating folders) and returns its full path.
  std::filesystem::path Write(const std::string& relative, const std::string& contents) const;
  // Copies a folder of the source tree (e.g. "tests/data/minimal") to `relative` and returns its full path.
  std::filesystem::path CopyFromSource(const std::string& source_relative, const std::string& relative) const;

 private:
  std::filesystem::path path_;
};

}  // namespace trainkit::test
