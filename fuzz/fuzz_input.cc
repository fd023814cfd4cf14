#include "fuzz_input.h"

#include <fstream>
#include <iterator>
#include <regex>

#include "trainkit/base/diagnostic_format.h"

namespace trainkit::fuzz {
namespace {

// Where the input's files are, in memory. No such folder is on the disk, so what is still read
// from the disk beside the curriculum (its strings/, a language's variant of an image) is not
// found, wherever the fuzzer runs.
const std::filesystem::path kFolder = "/trainkit-fuzz-input";

// Splits `text` at `marker`: what follows goes to `after`; true when the marker was there.
bool SplitAt(std::string& text, const std::string& marker, std::string& after) {
  size_t at = text.find(marker);
  if (at == std::string::npos) return false;
  after = text.substr(at + marker.size());
  text.resize(at);
  return true;
}

// The value of the first `attribute="..."` in `text`, if it makes a plain file name.
std::string FileNameFrom(const std::string& text, const std::string& attribute, const std::string& otherwise) {
  std::smatch match;
  if (std::regex_search(text, match, std::regex(attribute + "=\"([A-Za-z0-9-]{1,16})\""))) return match[1];
  return otherwise;
}

std::string ReadSourceFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

FuzzInput::FuzzInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string translation, adaptation;
  bool has_translation = SplitAt(text, kTranslationMarker, translation);
  bool has_adaptation = SplitAt(text, kAdaptationMarker, adaptation);
  env_.Write(kFolder / "curriculum.xml", std::move(text));
  if (has_adaptation) {
    env_.Write(kFolder / "countries" / (FileNameFrom(adaptation, "country", "XX") + ".xml"), std::move(adaptation));
  }
  if (has_translation) {
    env_.Write(kFolder / "translations" / (FileNameFrom(translation, "xml:lang", "xx") + ".xml"), std::move(translation));
  }
  static const std::string image = ReadSourceFile(TRAINKIT_SOURCE_DIR "/tests/data/minimal/media/elements.png");
  env_.Write(kFolder / "media/elements.png", image);
  workspace_ = std::make_unique<Workspace>(env_, kFolder, kFuzzDate);
}

bool FuzzInput::Validates() {
  Diagnostics diagnostics = workspace_->Validate();
  for (const Diagnostic& diagnostic : diagnostics.items()) (void)FormatText(diagnostic, TextStyle{});
  (void)FormatJson(diagnostics);
  return loaded().curriculum && !diagnostics.has_errors();
}

std::vector<std::string> FuzzInput::Versions() {
  std::vector<std::string> countries = {""};
  for (const auto& adaptation : loaded().adaptations) countries.push_back(adaptation.country);
  return countries;
}

}  // namespace trainkit::fuzz
