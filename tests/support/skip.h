// Tests that cannot run on this machine say so: they are reported to ctest as skipped, with
// the reason, never passed silently. Catch 2 has no skip of its own.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace trainkit::test {

// The exit code ctest is told means "skipped" (SKIP_RETURN_CODE).
inline constexpr int kSkipExitCode = 77;

// Prints "SKIPPED: <reason>" and makes the test program exit with kSkipExitCode if nothing
// fails. The caller returns from its test case.
void Skip(const std::string& reason);

// Whether any test called Skip.
bool SkippedAny();

// The official schemas the tests check outputs against (SCORM, OOXML, XLIFF): the folder the
// build was configured with (TRAINKIT_SCHEMAS_DIR, by default ../shared/schemas beside the
// repository). When it is absent, calls Skip with the reason and returns nullopt; or, where
// TRAINKIT_REQUIRE_SCHEMAS is set (CI), fails the test.
std::optional<std::filesystem::path> SchemasFolder();

}  // namespace trainkit::test
