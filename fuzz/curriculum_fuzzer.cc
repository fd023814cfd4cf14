// libFuzzer target: parse, read, schema-check, validate and resolve a fuzzed curriculum (and
// adaptation). Anything but a diagnostic (a crash, a sanitizer report, a hang) is a bug.
#include "fuzz_input.h"

#include "trainkit/base/date.h"
#include "trainkit/resolve/resolve_all.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace trainkit;
  reader::LoadedCurriculum loaded;
  if (!fuzz::LoadFuzzInput(data, size, loaded)) return 0;
  for (const std::string& country : fuzz::VersionsOf(loaded)) {
    (void)resolve::ResolveAll(loaded, country, Date{2026, 11, 28});
  }
  return 0;
}
