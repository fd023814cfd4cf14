// The tests' main: Catch's, and then the exit code ctest reads as "skipped" (77) when a test
// could not run here (see skip.h). A run with failures still fails.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "skip.h"

int main(int argc, char** argv) {
  // Catch returns how many assertions failed (at most 255): 77 of them must not read as "skipped".
  if (Catch::Session().run(argc, argv) != 0) return 1;
  return trainkit::test::SkippedAny() ? trainkit::test::kSkipExitCode : 0;
}
