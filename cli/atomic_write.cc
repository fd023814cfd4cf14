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

namespace {

// Writes every byte to `fd`; false with errno set on failure.
bool WriteAll(int fd, std::string_view bytes) {
  for (size_t written = 0; written < bytes.size();) {
    ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

// A device or FIFO is the reader itself: renaming a file over it would destroy it (as root,
// over /dev/null, for the whole machine). Open it as it is and write. Appending matters only
// for a file reached through /dev/stdout: what the shell's `>>` asked for. A FIFO nobody reads
// is an error, not a wait that could last for ever.
Status WriteThrough(const std::filesystem::path& path, std::string_view bytes) {
  int fd = open(path.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0 && errno == ENXIO) {
    return Status::Error(fmt::format("cannot write {}: it is a FIFO that no process is reading", path.string()));
  }
  if (fd < 0) return Status::Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(errno)));
  // Opened without waiting for a reader; written with waiting, as a reader takes its time.
  bool ok = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) == 0 && WriteAll(fd, bytes);
  int saved = errno;
  if (close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (!ok) return Status::Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(saved)));
  return Status::Ok();
}

// Whether `path`, through any chain of links and linked folders, is under /proc: an open file
// descriptor's place (/dev/stdout, /dev/fd/3, /proc/self/fd/1), whose file belongs to whoever
// opened it.
bool IsUnderProc(std::filesystem::path path) {
  std::error_code error;
  for (int depth = 0; depth < 40; ++depth) {
    std::filesystem::path folder =
        std::filesystem::canonical(path.parent_path().empty() ? "." : path.parent_path(), error);
    if (error) return false;
    path = folder / path.filename();
    if (path.string().rfind("/proc/", 0) == 0) return true;
    if (!std::filesystem::is_symlink(path, error)) return false;
    std::filesystem::path target = std::filesystem::read_symlink(path, error);
    if (error) return false;
    path = target.is_absolute() ? target : folder / target;
  }
  return false;
}

Status ReplaceRegularFile(const std::filesystem::path& path, std::string_view bytes, Flush flush) {
  std::error_code error;
  std::filesystem::path folder = path.parent_path();
  if (!folder.empty()) std::filesystem::create_directories(folder, error);
  if (error) return Status::Error(fmt::format("cannot create folder {}: {}", folder.string(), error.message()));

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
  if (!WriteAll(fd, bytes)) return fail("write");
  // Readable like any file the user creates (mkstemp makes it private). The mask is read once:
  // reading it means setting it, which would race with other threads writing files.
  static const mode_t mask = [] {
    mode_t current = umask(0);
    umask(current);
    return current;
  }();
  if (fchmod(fd, 0666 & ~mask) != 0) return fail("set permissions of");
  if (flush == Flush::kFlushed && fsync(fd) != 0) return fail("flush");
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

}  // namespace

Status WriteNewFile(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code error;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), error);
  if (error) return Status::Error(fmt::format("cannot create {}: {}", path.parent_path().string(), error.message()));
  // O_EXCL with O_NOFOLLOW: fails on anything already there, a dangling link too.
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EEXIST) return Status::Error(fmt::format("{} is already there; trainkit never replaces it", path.string()));
    return Status::Error(fmt::format("cannot create {}: {}", path.string(), std::strerror(errno)));
  }
  size_t written = 0;
  while (written < bytes.size()) {
    ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int why = errno;
      close(fd);
      unlink(path.c_str());
      return Status::Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(why)));
    }
    written += static_cast<size_t>(n);
  }
  if (close(fd) != 0) {
    int why = errno;
    unlink(path.c_str());
    return Status::Error(fmt::format("cannot write {}: {}", path.string(), std::strerror(why)));
  }
  return Status::Ok();
}

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes, Flush flush) {
  struct stat link_status;
  if (lstat(path.c_str(), &link_status) != 0) return ReplaceRegularFile(path, bytes, flush);  // a new file
  struct stat target;
  if (stat(path.c_str(), &target) != 0) {
    return Status::Error(fmt::format("cannot write {}: it is a symbolic link to something that does not exist ({}); "
                                     "name the file itself, or remove the link",
                                     path.string(), std::strerror(errno)));
  }
  if (S_ISDIR(target.st_mode)) return Status::Error(fmt::format("cannot write {}: it is a directory", path.string()));
  if (S_ISSOCK(target.st_mode)) return Status::Error(fmt::format("cannot write {}: it is a socket", path.string()));
  if (!S_ISREG(target.st_mode) || IsUnderProc(path)) return WriteThrough(path, bytes);
  if (!S_ISLNK(link_status.st_mode)) return ReplaceRegularFile(path, bytes, flush);
  // A link to a file: the file is replaced, the link stays.
  std::error_code error;
  std::filesystem::path file = std::filesystem::canonical(path, error);
  if (error) return Status::Error(fmt::format("cannot write {}: {}", path.string(), error.message()));
  return ReplaceRegularFile(file, bytes, flush);
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
