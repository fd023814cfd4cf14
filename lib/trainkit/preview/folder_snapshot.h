// What a curriculum's files look like on disk, to notice a save: each file of curriculum.xml,
// countries/, translations/ and media/ with its size and time of last change. Comparing two
// snapshots costs a directory listing, not a read, so a preview can take one several times a
// second. A save that keeps a file's size within one tick of a coarse file-system clock (FAT's
// two seconds) is not seen; ext4 and its kin count nanoseconds.
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

  bool operator==(const FolderSnapshot& other) const { return files_ == other.files_ && media_ == other.media_; }
  bool operator!=(const FolderSnapshot& other) const { return !(*this == other); }
  // Whether an image was added, removed or changed: what the workspace's checks of images,
  // made once per set of XML files, do not see by themselves.
  bool MediaDiffers(const FolderSnapshot& other) const { return media_ != other.media_; }

 private:
  using Files = std::map<std::string, std::pair<uintmax_t, int64_t>>;  // path -> (size, ns of the last change)
  Files files_;  // curriculum.xml, countries/, translations/
  Files media_;
};

}  // namespace trainkit::preview
