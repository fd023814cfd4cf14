// Runs the trainkit executable as a user would, capturing what it prints and its exit code.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace trainkit::test {

struct ProcessResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `program` with `arguments` in `directory`. The environment is the test's own with
// NO_COLOR=1 and SOURCE_DATE_EPOCH set to 2026-11-28, plus `environment` on top.
ProcessResult Run(const std::string& program, const std::vector<std::string>& arguments,
                  const std::filesystem::path& directory,
                  const std::map<std::string, std::string>& environment = {});

// Runs build/bin/trainkit.
ProcessResult RunTrainkit(const std::vector<std::string>& arguments,
                          const std::filesystem::path& directory,
                          const std::map<std::string, std::string>& environment = {});

// Starts build/bin/trainkit without waiting for it (its output is discarded); returns its
// process id, for WaitFor or kill(2).
int StartTrainkit(const std::vector<std::string>& arguments, const std::filesystem::path& directory);

// Waits for a process StartTrainkit started; its exit code, or 128 + the signal that ended it.
int WaitFor(int pid);

// The text of a file.
std::string ReadFile(const std::filesystem::path& path);

// 2026-11-28T00:00:00Z, the check date of every test.
inline constexpr const char* kSourceDateEpoch = "1795824000";

}  // namespace trainkit::test
