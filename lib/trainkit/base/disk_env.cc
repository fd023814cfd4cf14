#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "trainkit/env.h"

namespace trainkit {
namespace {

namespace fs = std::filesystem;

class Disk final : public Env {
 public:
  Kind KindOf(const fs::path& path) const override {
    std::error_code error;
    auto status = fs::status(path, error);
    if (error || !fs::exists(status)) return Kind::kMissing;
    if (fs::is_directory(status)) return Kind::kFolder;
    return fs::is_regular_file(status) ? Kind::kFile : Kind::kOther;
  }

  ReadError ReadFile(const fs::path& path, uintmax_t max_bytes, std::string& contents) const override {
    using Reason = ReadError::Reason;
    switch (KindOf(path)) {
      case Kind::kMissing: return {Reason::kMissing, "no such file"};
      case Kind::kFolder: return {Reason::kFolder, "it is a directory, not a file"};
      case Kind::kOther: return {Reason::kNotRegular, "not a regular file"};
      case Kind::kFile: break;
    }
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return {Reason::kFailed, std::strerror(errno)};
    struct stat info {};
    uintmax_t size = ::fstat(fd, &info) == 0 ? static_cast<uintmax_t>(info.st_size) : 0;
    if (size > max_bytes) {
      ::close(fd);
      return {Reason::kTooLarge, "", size};
    }
    // Read in blocks with read(2): a stream iterator went through the file a character at a
    // time, the most of reading a curriculum's files.
    contents.clear();
    contents.reserve(static_cast<size_t>(size));
    char block[1 << 16];
    for (;;) {
      ssize_t got = ::read(fd, block, sizeof block);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) {
        int error = errno;
        ::close(fd);
        return {Reason::kFailed, std::strerror(error)};
      }
      if (got == 0) break;
      contents.append(block, static_cast<size_t>(got));
      if (contents.size() > max_bytes) {  // it grew after we looked
        ::close(fd);
        return {Reason::kTooLarge, "", contents.size()};
      }
    }
    ::close(fd);
    return {};
  }

  std::vector<std::string> List(const fs::path& folder) const override {
    std::vector<std::string> names;
    std::error_code error;
    if (!fs::is_directory(folder, error)) return names;
    for (auto it = fs::directory_iterator(folder, error); !error && it != fs::directory_iterator();
         it.increment(error)) {
      names.push_back(it->path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path RealPath(const fs::path& path) const override {
    std::error_code error;
    return fs::weakly_canonical(path, error);
  }
};

}  // namespace

const Env& DiskEnv() {
  static const Disk disk;
  return disk;
}

}  // namespace trainkit
