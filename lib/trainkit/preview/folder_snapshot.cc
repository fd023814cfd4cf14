#include "trainkit/preview/folder_snapshot.h"

#include <chrono>
#include <string_view>

namespace trainkit::preview {
namespace fs = std::filesystem;

namespace {

// A curriculum's media folder holds images, not trees: a bound keeps a mistaken folder (a
// home directory named as media) from making each look a long walk.
constexpr size_t kMaxFilesPerFolder = 20000;

template <typename Files>
void AddFile(const fs::path& path, Files& files) {
  std::error_code error;
  fs::file_status status = fs::status(path, error);  // a link counts as what it points to
  if (error || !fs::is_regular_file(status)) return;
  uintmax_t size = fs::file_size(path, error);
  if (error) return;
  auto changed = fs::last_write_time(path, error);
  if (error) return;
  int64_t nanoseconds = std::chrono::duration_cast<std::chrono::nanoseconds>(changed.time_since_epoch()).count();
  files[path.generic_string()] = {size, nanoseconds};
}

}  // namespace

FolderSnapshot FolderSnapshot::Take(const fs::path& folder) {
  FolderSnapshot snapshot;
  AddFile(folder / "curriculum.xml", snapshot.files_);
  for (const char* name : {"countries", "translations", "media"}) {
    auto& files = std::string_view(name) == "media" ? snapshot.media_ : snapshot.files_;
    std::error_code error;
    fs::directory_iterator entries(folder / name, fs::directory_options::skip_permission_denied, error);
    size_t count = 0;
    for (; !error && entries != fs::directory_iterator() && count < kMaxFilesPerFolder; entries.increment(error), ++count) {
      AddFile(entries->path(), files);
    }
  }
  return snapshot;
}

}  // namespace trainkit::preview
