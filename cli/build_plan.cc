#include "build_plan.h"

#include <algorithm>

#include "export_command.h"
#include "program_options.h"
#include "trainkit/base/date.h"
#include "trainkit/resolve/resolve_all.h"

namespace trainkit::cli {

std::vector<const writers::Writer*> DefaultBuildFormats() {
  std::vector<const writers::Writer*> formats;
  for (const char* name : {"guide-pdf", "handout-docx", "scorm12", "scorm2004", "markdown"}) {
    formats.push_back(writers::FindWriter(name));
  }
  return formats;
}

std::vector<PlannedOutput> PlanBuild(const std::vector<BuildCurriculum>& curricula, const BuildFilters& filters,
                                     const std::string& output_root, const std::string& paper) {
  std::vector<PlannedOutput> outputs;
  for (size_t c = 0; c < curricula.size(); ++c) {
    const reader::LoadedCurriculum& loaded = curricula[c].loaded;
    const bool name_track = loaded.curriculum->tracks.size() > 1 ||
                            std::any_of(loaded.adaptations.begin(), loaded.adaptations.end(),
                                        [](const auto& a) { return !a.tracks.empty(); });
    std::vector<std::string> countries = {""};
    for (const auto& adaptation : loaded.adaptations) countries.push_back(adaptation.country);
    for (const std::string& country : countries) {
      if (!filters.countries.empty() && !filters.countries.count(country.empty() ? "intl" : country)) continue;
      std::vector<std::string> languages = {""};
      if (country.empty()) languages = resolve::InternationalLanguages(loaded);
      for (const std::string& language : languages) {
        // Each program is resolved once for each delivery the formats are for.
        for (model::Delivery delivery : {model::Delivery::kClassroom, model::Delivery::kSelfPaced}) {
          std::vector<const writers::Writer*> writers;
          for (const writers::Writer* writer : filters.formats) {
            if (writer->delivery == delivery) writers.push_back(writer);
          }
          if (writers.empty()) continue;
          for (auto& run : resolve::ResolveAll(loaded, country, CheckDate(), language, delivery)) {
            if (!filters.audiences.empty() && !filters.audiences.count(run.program.audience)) continue;
            auto program = std::make_shared<const resolve::ResolvedProgram>(std::move(run.program));
            auto diagnostics = std::make_shared<Diagnostics>(
                ProgramFileDiagnostics(curricula[c].diagnostics, loaded, country, program->language));
            diagnostics->Append(run.diagnostics);
            diagnostics->Sort();
            for (const writers::Writer* writer : writers) {
              std::string root = output_root + "/" + program->curriculum_id;
              std::string path = ExportPath(output_root, *program, name_track, *writer, paper);
              outputs.push_back({c, program, diagnostics, writer, path, path.substr(root.size() + 1)});
            }
          }
        }
      }
    }
  }
  std::sort(outputs.begin(), outputs.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return outputs;
}

}  // namespace trainkit::cli
