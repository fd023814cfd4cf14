#include "build_diagnostics.h"

#include <filesystem>

namespace trainkit::cli {

namespace fs = std::filesystem;

Diagnostics ConcerningBuild(const BuildCurriculum& curriculum, const std::set<std::string>& countries) {
  if (countries.empty()) return curriculum.diagnostics();
  // A file under countries/ belongs to the country it is named after and, when it could be
  // read, to the country it adapts (they differ only in a file that is misnamed, E131).
  const fs::path adaptations = (curriculum.folder / "countries").lexically_normal();
  auto concerns = [&](const std::string& file) {
    if (fs::path(file).parent_path() != adaptations) return true;
    if (countries.count(fs::path(file).stem().string())) return true;
    for (const auto& adaptation : curriculum.loaded().adaptations) {
      if (adaptation.location.file && adaptation.location.file->path() == file && countries.count(adaptation.country)) {
        return true;
      }
    }
    return false;
  };
  Diagnostics concerning;
  for (const Diagnostic& diagnostic : curriculum.diagnostics().items()) {
    if (!diagnostic.location.file || concerns(diagnostic.location.file->path())) concerning.Add(diagnostic);
  }
  return concerning;
}

Diagnostics DistinctDiagnostics(const std::vector<PlannedOutput>& outputs, const std::vector<OutputResult>* results) {
  Diagnostics distinct;
  std::set<std::string> seen;
  auto add = [&](const Diagnostics& diagnostics) {
    for (const Diagnostic& diagnostic : diagnostics.items()) {
      std::string key = diagnostic.location.ToString() + " " + std::string(Info(diagnostic.code).name) + " " +
                        diagnostic.message;
      if (seen.insert(key).second) distinct.Add(diagnostic);
    }
  };
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (outputs[i].up_to_date) continue;  // its program was not read again
    add(*outputs[i].program_diagnostics);
    if (results) add((*results)[i].diagnostics);
  }
  distinct.Sort();
  return distinct;
}

int WarningsOf(const PlannedOutput& output, const OutputResult& result) {
  if (output.up_to_date) return result.recorded_warnings;
  return output.program_diagnostics->warnings() + result.diagnostics.warnings();
}

}  // namespace trainkit::cli
