#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <algorithm>

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
    std::error_code error;
    uintmax_t size = fs::file_size(path, error);
    if (!error && size > max_bytes) return {Reason::kTooLarge, "", size};
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) return {Reason::kFailed, std::strerror(errno)};
    contents.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return {Reason::kFailed, "read error"};
    if (contents.size() > max_bytes) return {Reason::kTooLarge, "", contents.size()};  // it grew after we looked
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
