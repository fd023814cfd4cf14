// What a curriculum's files look like on disk, to notice a save: each file of curriculum.xml,
// countries/, translations/ and media/ with its size and time of last change. Comparing two
// snapshots costs a directory listing, not a read, so a preview can take one several times a
// second.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <utility>

namespace trainkit::preview {

class FolderSnapshot {
 public:
  // The files under `folder` that a curriculum is read from; what cannot be listed is left out
  // (a folder that disappears is a change like any other).
  static FolderSnapshot Take(const std::filesystem::path& folder);

  bool operator==(const FolderSnapshot& other) const { return files_ == other.files_; }
  bool operator!=(const FolderSnapshot& other) const { return !(*this == other); }
  size_t size() const { return files_.size(); }

 private:
  // path -> (size, nanoseconds of the last change)
  std::map<std::string, std::pair<uintmax_t, int64_t>> files_;
};

}  // namespace trainkit::preview
