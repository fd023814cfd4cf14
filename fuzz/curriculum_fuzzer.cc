// libFuzzer target: parse, read, schema-check, validate and resolve a fuzzed curriculum (and
// adaptation). Anything but a diagnostic (a crash, a sanitizer report, a hang) is a bug.
#include "fuzz_input.h"
#include "trainkit/resolve/resolve_all.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace trainkit;
  fuzz::FuzzInput input(data, size);
  if (!input.Validates()) return 0;
  for (const std::string& country : input.Versions()) {
    (void)resolve::ResolveAll(input.loaded(), country, fuzz::kFuzzDate);
  }
  return 0;
}
