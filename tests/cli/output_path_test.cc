// Where `-o` points at something that is not a regular file: a device, a FIFO, a symbolic
// link. Such a path is written through (or followed), never replaced: run as root, replacing
// /dev/null with a file breaks every program on the machine.
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "../support/run_process.h"
#include "../support/skip.h"
#include "../support/temp_dir.h"

using namespace trainkit;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kExportMarkdown = {"export", "minimal", "--country", "UA", "--audience", "police",
                                                  "--format", "markdown", "-o"};

std::vector<std::string> ExportTo(const std::string& output) {
  std::vector<std::string> arguments = kExportMarkdown;
  arguments.push_back(output);
  return arguments;
}

// What a regular export writes, to compare with what reached the other kinds of file.
std::string ExpectedMarkdown(const test::TempDir& dir) {
  auto result = test::RunTrainkit(ExportTo("expected.md"), dir.path());
  REQUIRE(result.exit_code == 0);
  return test::ReadFile(dir.path() / "expected.md");
}

bool IsFifo(const fs::path& path) { return fs::status(path).type() == fs::file_type::fifo; }

// Reads a FIFO in a child process into `into`, as a user's `cat fifo > file` would, once it is
// open for reading. The child is killed after `seconds`, so a FIFO that trainkit replaced fails
// the test instead of hanging it.
class FifoReader {
 public:
  FifoReader(const fs::path& fifo, const fs::path& into, int seconds) {
    int ready[2];
    REQUIRE(pipe(ready) == 0);
    pid_ = fork();
    if (pid_ == 0) {
      alarm(static_cast<unsigned>(seconds));
      // Opened without waiting for a writer, so that the writer finds a reader at once.
      int in = open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
      int out = open(into.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in < 0 || write(ready[1], "r", 1) != 1) _exit(1);
      // Until the writer has come and gone: POLLHUP comes only after a writer closes.
      char buffer[65536];
      for (pollfd wait{in, POLLIN, 0}; poll(&wait, 1, -1) > 0;) {
        ssize_t n = read(in, buffer, sizeof buffer);
        if (n > 0 && write(out, buffer, static_cast<size_t>(n)) != n) _exit(1);
        if (n == 0 || (n < 0 && errno != EAGAIN)) break;
      }
      _exit(0);
    }
    char byte = 0;
    close(ready[1]);
    REQUIRE(read(ready[0], &byte, 1) == 1);  // the reader is in place
    close(ready[0]);
  }
  // True when the reader saw the end of what was written (and was not killed).
  bool Finished() { return test::WaitFor(pid_) == 0; }

 private:
  pid_t pid_ = -1;
};

// Makes a node of the same device as /dev/null (1, 3) at `path`: root's privilege, as losing
// the real one was. False, with the test reported skipped, where it cannot.
bool MakeNullDevice(const fs::path& path) {
  if (mknod(path.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0) return true;
  test::Skip(std::string("cannot make a device node here (trainkit's CI runs as root): ") + std::strerror(errno));
  return false;
}

}  // namespace

TEST_CASE("export -o to a FIFO writes into it and leaves it a FIFO") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  std::string expected = ExpectedMarkdown(dir);
  fs::path fifo = dir.path() / "pipe";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  FifoReader reader(fifo, dir.path() / "received.md", 30);
  auto result = test::RunTrainkit(ExportTo("pipe"), dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(reader.Finished());
  CHECK(IsFifo(fifo));
  CHECK(test::ReadFile(dir.path() / "received.md") == expected);
  // No temporary file is left beside it.
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
  }
}

TEST_CASE("export -o to a device node writes through it and leaves the device in place") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  fs::path device = dir.path() / "null";
  if (!MakeNullDevice(device)) return;
  auto result = test::RunTrainkit(ExportTo("null"), dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 0);
  struct stat after;
  REQUIRE(lstat(device.c_str(), &after) == 0);
  CHECK(S_ISCHR(after.st_mode));
  CHECK(after.st_rdev == makedev(1, 3));
}

TEST_CASE("export -o to a link to standard output, as /dev/stdout is, writes to standard output") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  std::string expected = ExpectedMarkdown(dir);
  // The test's own /dev/stdout, so that a regression replaces nothing outside its folder.
  fs::create_symlink("/proc/self/fd/1", dir.path() / "stdout");
  auto result = test::RunTrainkit(ExportTo("stdout"), dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.out == expected);
  CHECK(fs::is_symlink(dir.path() / "stdout"));
}

TEST_CASE("export -o to a symbolic link replaces the file it points at and keeps the link") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  std::string expected = ExpectedMarkdown(dir);
  dir.Write("shared/handout.md", "an older handout\n");
  fs::create_symlink("shared/handout.md", dir.path() / "latest.md");
  auto result = test::RunTrainkit(ExportTo("latest.md"), dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(fs::is_symlink(dir.path() / "latest.md"));
  CHECK(test::ReadFile(dir.path() / "shared/handout.md") == expected);
}

TEST_CASE("export -o to a symbolic link to a FIFO writes into the FIFO") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  std::string expected = ExpectedMarkdown(dir);
  fs::path fifo = dir.path() / "pipe";
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  fs::create_symlink("pipe", dir.path() / "link");
  FifoReader reader(fifo, dir.path() / "received.md", 30);
  auto result = test::RunTrainkit(ExportTo("link"), dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(reader.Finished());
  CHECK(fs::is_symlink(dir.path() / "link"));
  CHECK(IsFifo(fifo));
  CHECK(test::ReadFile(dir.path() / "received.md") == expected);
}

TEST_CASE("export -o to a symbolic link to nothing is refused and changes nothing") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  fs::create_symlink("missing/handout.md", dir.path() / "dangling.md");
  auto result = test::RunTrainkit(ExportTo("dangling.md"), dir.path());
  CHECK(result.exit_code == 4);
  CHECK(result.err ==
        "trainkit: cannot write dangling.md: it is a symbolic link to something that does not exist (No such file "
        "or directory); name the file itself, or remove the link\n");
  CHECK(fs::is_symlink(dir.path() / "dangling.md"));
  CHECK_FALSE(fs::exists(dir.path() / "missing"));
}

TEST_CASE("build -o writes through a device and follows a link among its outputs") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  fs::path folder = dir.path() / "out/minimal/UA/police";
  fs::create_directories(folder);
  dir.Write("kept/manifest.json", "{}\n");
  fs::create_symlink(dir.path() / "kept/manifest.json", dir.path() / "out/minimal/manifest.json");
  fs::path device = folder / "minimal-UA-police-markdown.md";
  bool have_device = MakeNullDevice(device);

  auto result = test::RunTrainkit({"build", "minimal", "-o", "out", "--format", "markdown"}, dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(fs::is_symlink(dir.path() / "out/minimal/manifest.json"));
  CHECK(test::ReadFile(dir.path() / "kept/manifest.json").find("\"curriculum\": \"minimal\"") != std::string::npos);
  if (have_device) {
    struct stat after;
    REQUIRE(lstat(device.c_str(), &after) == 0);
    CHECK(S_ISCHR(after.st_mode));
  }
}

TEST_CASE("export -o through a linked folder of descriptors, as /dev/fd/1 is, appends to standard output") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  std::string expected = ExpectedMarkdown(dir);
  fs::create_symlink("/proc/self/fd", dir.path() / "fd");  // the test's own /dev/fd
  std::string command = "printf 'before\\n' > out.md; ino=$(stat -c %i out.md); \"" + std::string(TRAINKIT_BINARY) +
                        "\" export minimal --country UA --audience police --format markdown -o fd/1 >> out.md; "
                        "status=$?; [ \"$(stat -c %i out.md)\" = \"$ino\" ] || echo replaced >&2; exit $status";
  auto result = test::Run("/bin/sh", {"-c", command}, dir.path());
  INFO(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("replaced") == std::string::npos);
  CHECK(test::ReadFile(dir.path() / "out.md") == "before\n" + expected);
}

TEST_CASE("export -o to a FIFO that no process reads is an error at once, not a wait") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  REQUIRE(mkfifo((dir.path() / "pipe").c_str(), 0600) == 0);
  auto result = test::Run("/usr/bin/timeout", {"30", TRAINKIT_BINARY, "export", "minimal", "--country", "UA",
                                               "--audience", "police", "--format", "markdown", "-o", "pipe"},
                          dir.path());
  CHECK(result.exit_code == 4);
  CHECK(result.err == "trainkit: cannot write pipe: it is a FIFO that no process is reading\n");
  CHECK(IsFifo(dir.path() / "pipe"));
}

TEST_CASE("a reader that goes away is a failed write, exit 4 with a message, not a death by SIGPIPE") {
  test::TempDir dir;
  dir.CopyFromSource("tests/data/minimal", "minimal");
  // The guide is larger than a pipe holds, so trainkit is still writing when `head` leaves.
  for (const char* output : {"-", "/dev/stdout"}) {
    INFO(output);
    std::string command = "\"" + std::string(TRAINKIT_BINARY) +
                          "\" export minimal --country UA --audience police --format guide-pdf -o " + output +
                          " 2> err.txt | head -c 1 > /dev/null; exit ${PIPESTATUS[0]}";
    auto result = test::Run("/bin/bash", {"-c", command}, dir.path());
    CHECK(result.exit_code == 4);
    CHECK(test::ReadFile(dir.path() / "err.txt").find("Broken pipe") != std::string::npos);
  }
}
