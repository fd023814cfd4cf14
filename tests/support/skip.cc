#include "skip.h"

#include <atomic>
#include <cstdio>

namespace trainkit::test {
namespace {

std::atomic<bool> skipped{false};

}  // namespace

void Skip(const std::string& reason) {
  std::printf("SKIPPED: %s\n", reason.c_str());
  std::fflush(stdout);
  skipped = true;
}

bool SkippedAny() { return skipped; }

std::optional<std::filesystem::path> SchemasFolder() {
  std::filesystem::path folder = TRAINKIT_SCHEMAS_DIR;
  std::error_code error;
  if (std::filesystem::is_directory(folder, error)) return folder;
  Skip("the official schemas are not at " + folder.string() +
       " (configure with -DTRAINKIT_SCHEMAS_DIR=...); outputs are not checked against them");
  return std::nullopt;
}

}  // namespace trainkit::test
