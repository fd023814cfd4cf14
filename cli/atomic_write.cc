#include "atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <csignal>
#include <cerrno>
#include <cstring>
#include <regex>
#include <string>

namespace trainkit::cli {

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code error;
  std::filesystem::path folder = path.parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder, error);
  if (error) return Status::Error(fmt::format("cannot create folder {}: {}", folder.string(), error.message()));
  if (std::filesystem::is_directory(path, error)) {
    return Status::Error(fmt::format("cannot write {}: it is a directory", path.string()));
  }

  // The process id in the name tells a later build whether the writer is still running.
  std::string temporary =
      (folder / fmt::format(".{}.tmp-{}-XXXXXX", path.filename().string(), static_cast<long>(getpid()))).string();
  int fd = mkstemp(temporary.data());
  if (fd < 0) return Status::Error(fmt::format("cannot write in {}: {}", folder.string(), std::strerror(errno)));
  auto fail = [&](const char* what) {
    std::string message = fmt::format("cannot {} {}: {}", what, path.string(), std::strerror(errno));
    close(fd);
    unlink(temporary.c_str());
    return Status::Error(message);
  };
  for (size_t written = 0; written < bytes.size();) {
    ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return fail("write");
    written += static_cast<size_t>(n);
  }
  // Readable like any file the user creates (mkstemp makes it private). The mask is read once:
  // reading it means setting it, which would race with other threads writing files.
  static const mode_t mask = [] {
    mode_t current = umask(0);
    umask(current);
    return current;
  }();
  if (fchmod(fd, 0666 & ~mask) != 0) return fail("set permissions of");
  if (fsync(fd) != 0) return fail("flush");
  if (close(fd) != 0) {
    unlink(temporary.c_str());
    return Status::Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    std::string message = fmt::format("cannot write {}: {}", path.string(), std::strerror(errno));
    unlink(temporary.c_str());
    return Status::Error(message);
  }
  return Status::Ok();
}

int RemoveStaleTemporaryFiles(const std::filesystem::path& folder) {
  static const std::regex temporary(R"(\..+\.tmp-(\d+)-[A-Za-z0-9]{6})");
  int removed = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    std::smatch match;
    std::string name = entry.path().filename().string();
    if (!std::regex_match(name, match, temporary)) continue;
    pid_t writer = static_cast<pid_t>(std::stol(match[1]));
    if (kill(writer, 0) == 0 || errno != ESRCH) continue;  // still running, or not ours to judge
    if (std::filesystem::remove(entry.path(), error)) ++removed;
  }
  return removed;
}

}  // namespace trainkit::cli
