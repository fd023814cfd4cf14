// One case per diagnostic code: tests/diagnostics/<CODE>/ is a curriculum with that one
// problem, and expected.txt is the whole of what `trainkit validate <CODE>` prints for it on
// standard error (or the command in the case's `command` file, for problems of one program).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <fmt/format.h>

#include "../support/run_process.h"
#include "../support/temp_dir.h"
#include "trainkit/base/diagnostic.h"

namespace fs = std::filesystem;
using trainkit::test::ReadFile;

namespace {

const fs::path kCases = fs::path(TRAINKIT_SOURCE_DIR) / "tests" / "diagnostics";

int ExpectedExitCode(const trainkit::CodeInfo& info) {
  if (info.code == trainkit::Code::E001) return 4;  // a file could not be read at all
  if (info.code == trainkit::Code::E180) return 4;  // the template's fonts, not the curriculum, must change
  if (info.code == trainkit::Code::E184) return 4;  // the template's words, not the curriculum, must change
  return info.severity == trainkit::Severity::kError ? 1 : 0;
}

}  // namespace

TEST_CASE("every diagnostic code has a case and gives exactly the expected output") {
  for (const trainkit::CodeInfo& info : trainkit::AllCodes()) {
    std::string code(info.name);
    DYNAMIC_SECTION(code) {
      fs::path source = kCases / code;
      REQUIRE(fs::is_directory(source));
      trainkit::test::TempDir work;
      fs::copy(source, work.path() / code, fs::copy_options::recursive);
      // A file over the size limit is made here, not stored: a sparse file costs nothing.
      if (fs::exists(source / "LARGE")) fs::resize_file(work.path() / code / "curriculum.xml", 40u << 20);

      // A case names its command when validate alone does not show its diagnostic.
      std::vector<std::string> command = {"validate", code};
      if (fs::exists(source / "command")) {
        std::istringstream words(ReadFile(source / "command"));
        command.assign(std::istream_iterator<std::string>(words), std::istream_iterator<std::string>());
      }
      auto result = trainkit::test::RunTrainkit(command, work.path());
      CHECK(result.err == ReadFile(source / "expected.txt"));
      CHECK(result.exit_code == ExpectedExitCode(info));
      CHECK(result.err.find(fmt::format("[{}]", code)) != std::string::npos);
    }
  }
}

TEST_CASE("there is no case folder for a code that does not exist") {
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (!entry.is_directory()) continue;
    std::string name = entry.path().filename().string();
    bool known = false;
    for (const auto& info : trainkit::AllCodes()) known = known || info.name == name;
    INFO("tests/diagnostics/" << name << " names no diagnostic code");
    CHECK(known);
  }
}

TEST_CASE("doc/diagnostics.md documents every code with its severity and summary") {
  std::string doc = ReadFile(fs::path(TRAINKIT_SOURCE_DIR) / "doc" / "diagnostics.md");
  for (const trainkit::CodeInfo& info : trainkit::AllCodes()) {
    std::string heading = fmt::format("## {} ({}): {}", info.name, trainkit::SeverityName(info.severity),
                                      info.summary);
    INFO("missing heading: " << heading);
    CHECK(doc.find(heading) != std::string::npos);
  }
}
