// libFuzzer target: every writer fed with a program resolved from a fuzzed curriculum (and one
// from its adaptation) that validates. A writer may refuse a program with a diagnostic or an error
// status; it may not crash, hang or trip a sanitizer.
#include "fuzz_input.h"
#include "trainkit/resolve/resolve_all.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace trainkit;
  fuzz::FuzzInput input(data, size);
  if (!input.Validates()) return 0;
  for (const std::string& country : input.Versions()) {
    // One program per version (the first audience on the first track): a shipped curriculum
    // makes dozens, and an input must stay well within the run's time limit. What the writers
    // see varies with the input's content, which is what the fuzzer changes.
    auto runs = resolve::ResolveAll(input.loaded(), country, fuzz::kFuzzDate);
    if (runs.size() > 1) runs.resize(1);
    for (const auto& run : runs) {
      for (const writers::Writer& writer : writers::AllWriters()) {
        // The gate first, then the writers with unchecked numbers printed and marked.
        for (bool allow : {false, true}) {
          RenderOptions options;
          options.allow_unchecked_facts = allow;
          std::string bytes;
          Diagnostics diagnostics;
          (void)input.workspace().RenderBytes(run.program, writer, options, bytes, diagnostics);
        }
      }
    }
  }
  return 0;
}
