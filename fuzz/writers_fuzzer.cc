// libFuzzer target: every writer fed with every program resolved from a fuzzed curriculum (and
// adaptation) that validates. A writer may refuse a program with a diagnostic or an error
// status; it may not crash, hang or trip a sanitizer.
#include <map>

#include "../cli/writer_context.h"
#include "fuzz_input.h"
#include "trainkit/base/date.h"
#include "trainkit/resolve/resolve_all.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace trainkit;
  reader::LoadedCurriculum loaded;
  if (!fuzz::LoadFuzzInput(data, size, loaded)) return 0;
  std::vector<std::string> countries = {""};
  for (const auto& adaptation : loaded.adaptations) countries.push_back(adaptation.country);
  for (const std::string& country : countries) {
    for (const auto& run : resolve::ResolveAll(loaded, country, Date{2026, 11, 28})) {
      for (const writers::Writer& writer : writers::AllWriters()) {
        writers::WriterContext context;
        if (!cli::MakeWriterContext(writer, run.program, cli::DefaultTemplateFolder(), loaded.curriculum->folder, "",
                                    context)
                 .ok()) {
          continue;
        }
        std::string bytes;
        Diagnostics diagnostics;
        (void)writer.write(run.program, context, bytes, diagnostics);
      }
    }
  }
  return 0;
}
