// Where trainkit reads its files: the disk, or memory (tests, the fuzzer, an editor's unsaved
// buffers). Everything a Workspace reads goes through one, as leveldb's Env and ninja's
// DiskInterface do, so the same checks and outputs come from bytes wherever they are.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace trainkit {

class Env {
 public:
  enum class Kind { kMissing, kFile, kFolder, kOther };

  // Why a read gave no bytes; `message` completes "cannot read file: ".
  struct ReadError {
    enum class Reason { kNone, kMissing, kFolder, kNotRegular, kTooLarge, kFailed };
    Reason reason = Reason::kNone;
    std::string message;
    uintmax_t size = 0;  // for kTooLarge: how large it is
    explicit operator bool() const { return reason != Reason::kNone; }
  };

  virtual ~Env() = default;

  // A Workspace calls these from several threads at once (it reads a command's files side by
  // side): an Env must allow that, as reading its files does not change it.
  virtual Kind KindOf(const std::filesystem::path& path) const = 0;
  // Reads the regular file at `path`, whole, when it is at most `max_bytes` long.
  virtual ReadError ReadFile(const std::filesystem::path& path, uintmax_t max_bytes,
                             std::string& contents) const = 0;
  // The names of the entries in `folder`, sorted; none when it is not a folder.
  virtual std::vector<std::string> List(const std::filesystem::path& folder) const = 0;
  // `path` with every symbolic link followed, to tell where a file really is.
  virtual std::filesystem::path RealPath(const std::filesystem::path& path) const = 0;
};

// The process's file system.
const Env& DiskEnv();

// Files held in memory, by path as given (no normalisation beyond lexically_normal):
// what the fuzzer and the tests read, and an editor's buffers over DiskEnv later. Write and
// Remove must not run while a workspace reads it.
class MemEnv : public Env {
 public:
  void Write(const std::filesystem::path& path, std::string contents);
  void Remove(const std::filesystem::path& path);

  Kind KindOf(const std::filesystem::path& path) const override;
  ReadError ReadFile(const std::filesystem::path& path, uintmax_t max_bytes, std::string& contents) const override;
  std::vector<std::string> List(const std::filesystem::path& folder) const override;
  std::filesystem::path RealPath(const std::filesystem::path& path) const override;  // no links here

 private:
  std::map<std::string, std::string> files_;  // by lexically normal generic path
};

}  // namespace trainkit
