// libFuzzer target: an XLIFF file imported into the minimal curriculum, as `trainkit translate
// import` reads it. Anything but a diagnostic (a crash, a sanitizer report, a hang) is a bug.
#include <memory>
#include <string>

#include "trainkit/base/diagnostic_format.h"
#include "trainkit/reader/load.h"
#include "trainkit/translation/pack_file.h"
#include "trainkit/translation/xliff.h"
#include "trainkit/xml/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace trainkit;
  static const reader::LoadedCurriculum loaded = [] {
    Diagnostics ignored;
    return reader::LoadCurriculum(TRAINKIT_SOURCE_DIR "/tests/data/minimal", ignored);
  }();
  Diagnostics diagnostics;
  std::string text(reinterpret_cast<const char*>(data), size);
  auto document = xml::ParseText(std::make_shared<SourceFile>("in.xlf", std::move(text)), diagnostics);
  if (document) {
    auto imported = translation::ImportXliff(*document, *loaded.curriculum, loaded.translations, diagnostics);
    if (!diagnostics.has_errors()) (void)translation::WritePackFile(imported.pack);
  }
  for (const Diagnostic& diagnostic : diagnostics.items()) (void)FormatText(diagnostic, TextStyle{});
  return 0;
}
