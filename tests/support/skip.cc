#include "skip.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>

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
  // CI sets it: there the schema checks must run, so their absence is a failure.
  if (std::getenv("TRAINKIT_REQUIRE_SCHEMAS")) FAIL("TRAINKIT_REQUIRE_SCHEMAS is set and " << folder << " is absent");
  Skip("the official schemas are not at " + folder.string() +
       " (configure with -DTRAINKIT_SCHEMAS_DIR=...); outputs are not checked against them");
  return std::nullopt;
}

}  // namespace trainkit::test
