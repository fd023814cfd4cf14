#include "fuzz_input.h"

#include <memory>
#include <string>

#include "trainkit/base/date.h"
#include "trainkit/base/diagnostic_format.h"
#include "trainkit/reader/reader.h"
#include "trainkit/validate/validate.h"
#include "trainkit/xml/document.h"
#include "trainkit/xml/schema.h"

namespace trainkit::fuzz {
namespace {

// Parses and reads one file's text; the schema runs only on what the reader found clean.
template <typename Read>
auto LoadText(const std::string& name, std::string text, Diagnostics& diagnostics, Read read)
    -> decltype(read(std::declval<const xml::Document&>(), diagnostics)) {
  auto document = xml::ParseText(std::make_shared<SourceFile>(name, std::move(text)), diagnostics);
  if (!document) return {};
  Diagnostics local;
  auto result = read(*document, local);
  if (result && !local.has_errors()) document->Validate(xml::CurriculumSchema(), local);
  diagnostics.Append(local);
  return result;
}

}  // namespace

bool LoadFuzzInput(const uint8_t* data, size_t size, reader::LoadedCurriculum& loaded) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string translation;
  size_t translation_marker = text.find(kTranslationMarker);
  if (translation_marker != std::string::npos) {
    translation = text.substr(translation_marker + std::string(kTranslationMarker).size());
    text.resize(translation_marker);
  }
  std::string adaptation;
  size_t marker = text.find(kAdaptationMarker);
  if (marker != std::string::npos) {
    adaptation = text.substr(marker + std::string(kAdaptationMarker).size());
    text.resize(marker);
  }
  Diagnostics diagnostics;
  loaded.curriculum = LoadText("curriculum.xml", std::move(text), diagnostics, reader::ReadCurriculum);
  if (!loaded.curriculum) return false;
  // Media are looked up beside the minimal test curriculum, which has the one image seeds use.
  loaded.curriculum->folder = TRAINKIT_SOURCE_DIR "/tests/data/minimal";
  if (marker != std::string::npos) {
    if (auto country = LoadText("countries/XX.xml", std::move(adaptation), diagnostics, reader::ReadAdaptation)) {
      loaded.adaptations.push_back(std::move(*country));
    }
  }
  if (translation_marker != std::string::npos) {
    if (auto pack = LoadText("translations/xx.xml", std::move(translation), diagnostics, reader::ReadLanguagePack)) {
      loaded.translations.push_back(std::move(*pack));
    }
  }
  validate::Validate(loaded, validate::Options{Date{2026, 11, 28}}, diagnostics);
  // Every diagnostic is printed as a user would see it: locations may point anywhere.
  for (const Diagnostic& diagnostic : diagnostics.items()) (void)FormatText(diagnostic, TextStyle{});
  (void)FormatJson(diagnostics);
  return !diagnostics.has_errors();
}

std::vector<std::string> VersionsOf(const reader::LoadedCurriculum& loaded) {
  std::vector<std::string> countries = {""};
  for (const auto& adaptation : loaded.adaptations) countries.push_back(adaptation.country);
  return countries;
}

}  // namespace trainkit::fuzz
