#include "run_process.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace trainkit::test {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

namespace {

// Starts `program` in `directory` with the tests' environment, its output into the given files.
pid_t Spawn(const std::string& program, const std::vector<std::string>& arguments,
            const std::filesystem::path& directory, const std::map<std::string, std::string>& environment,
            int out_fd, int err_fd) {
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out_fd, STDOUT_FILENO);
    dup2(err_fd, STDERR_FILENO);
    int null_fd = open("/dev/null", O_RDONLY);
    dup2(null_fd, STDIN_FILENO);
    if (chdir(directory.c_str()) != 0) _exit(127);
    setenv("NO_COLOR", "1", 1);
    setenv("SOURCE_DATE_EPOCH", kSourceDateEpoch, 1);
    for (const auto& [name, value] : environment) setenv(name.c_str(), value.c_str(), 1);
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

}  // namespace

ProcessResult Run(const std::string& program, const std::vector<std::string>& arguments,
                  const std::filesystem::path& directory,
                  const std::map<std::string, std::string>& environment) {
  char out_name[] = "/tmp/trainkit-test-out-XXXXXX";
  char err_name[] = "/tmp/trainkit-test-err-XXXXXX";
  int out_fd = mkstemp(out_name);
  int err_fd = mkstemp(err_name);
  if (out_fd < 0 || err_fd < 0) throw std::runtime_error("cannot create capture files");
  pid_t pid = Spawn(program, arguments, directory, environment, out_fd, err_fd);
  int exit_code = WaitFor(pid);
  close(out_fd);
  close(err_fd);
  ProcessResult result;
  result.exit_code = exit_code;
  result.out = ReadFile(out_name);
  result.err = ReadFile(err_name);
  std::remove(out_name);
  std::remove(err_name);
  return result;
}

int StartTrainkit(const std::vector<std::string>& arguments, const std::filesystem::path& directory) {
  int null_fd = open("/dev/null", O_WRONLY);
  pid_t pid = Spawn(TRAINKIT_BINARY, arguments, directory, {}, null_fd, null_fd);
  close(null_fd);
  return pid;
}

int WaitFor(int pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

ProcessResult RunTrainkit(const std::vector<std::string>& arguments,
                          const std::filesystem::path& directory,
                          const std::map<std::string, std::string>& environment) {
  return Run(TRAINKIT_BINARY, arguments, directory, environment);
}

}  // namespace trainkit::test
