#include "build_plan.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "exit_code.h"
#include "program_options.h"
#include "trainkit/base/date.h"
#include "trainkit/resolve/resolve_all.h"

namespace trainkit::cli {

std::vector<const writers::Writer*> DefaultBuildFormats() {
  std::vector<const writers::Writer*> formats;
  for (const char* name : {"guide-pdf", "handout-docx", "handout-pdf", "scorm12", "scorm2004", "markdown"}) {
    formats.push_back(writers::FindWriter(name));
  }
  return formats;
}

namespace {

// The name a request's program will have: its language is the request's, else the country's,
// else the curriculum's.
ProgramName NameOf(const reader::LoadedCurriculum& loaded, const resolve::Request& request) {
  const model::Curriculum& curriculum = *loaded.curriculum;
  std::string language = request.language;
  for (const auto& adaptation : loaded.adaptations) {
    if (language.empty() && !request.country.empty() && adaptation.country == request.country) {
      language = adaptation.language;
    }
  }
  if (language.empty()) language = curriculum.language;
  return {curriculum.id, request.country, request.audience, request.track, language, curriculum.language};
}

}  // namespace

std::vector<PlannedOutput> PlanBuild(const std::vector<BuildCurriculum>& curricula, const BuildFilters& filters,
                                     const std::string& output_root, const std::string& paper) {
  std::vector<PlannedOutput> outputs;
  for (size_t c = 0; c < curricula.size(); ++c) {
    const reader::LoadedCurriculum& loaded = curricula[c].loaded();
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
          for (const resolve::Request& request : resolve::ProgramRequests(loaded, country, CheckDate(), language, delivery)) {
            if (!filters.audiences.empty() && !filters.audiences.count(request.audience)) continue;
            ProgramName name = NameOf(loaded, request);
            for (const writers::Writer* writer : filters.formats) {
              if (writer->delivery != delivery) continue;
              std::string root = output_root + "/" + name.curriculum_id;
              std::string path = ExportPath(output_root, name, name_track, *writer, paper);
              PlannedOutput output;
              output.curriculum = c;
              output.request = request;
              output.name = name;
              output.writer = writer;
              output.path = path;
              output.relative = path.substr(root.size() + 1);
              outputs.push_back(std::move(output));
            }
          }
        }
      }
    }
  }
  std::sort(outputs.begin(), outputs.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return outputs;
}

int ResolvePlanned(std::vector<BuildCurriculum>& curricula, std::vector<PlannedOutput>& outputs) {
  for (size_t c = 0; c < curricula.size(); ++c) {
    // Each program once (its outputs in every format share it), all of them in one question, so
    // that the workspace resolves them side by side.
    std::vector<PlannedOutput*> to_make;
    std::vector<resolve::Request> requests;
    for (PlannedOutput& output : outputs) {
      if (output.up_to_date || output.curriculum != c) continue;
      to_make.push_back(&output);
      requests.push_back(output.request);
    }
    if (requests.empty()) continue;
    std::vector<ProgramResult> results = curricula[c].workspace->Resolve(requests);
    // The outputs of one program share its diagnostics.
    std::map<const resolve::ResolvedProgram*, std::shared_ptr<const Diagnostics>> shared;
    for (size_t i = 0; i < to_make.size(); ++i) {
      ProgramResult& result = results[i];
      if (!result.program) {
        // The plan asked for what is not there, or the program's own files have an error.
        if (result.request_error) {
          std::fprintf(stderr, "trainkit: cannot make %s: %s\n", to_make[i]->relative.c_str(),
                       result.request_error->message.c_str());
          return kExitInternal;
        }
        return ReportDiagnostics(result.diagnostics, {});
      }
      auto& diagnostics = shared[result.program.get()];
      if (!diagnostics) diagnostics = std::make_shared<const Diagnostics>(std::move(result.diagnostics));
      to_make[i]->program = result.program;
      to_make[i]->program_diagnostics = diagnostics;
    }
  }
  return kExitOk;
}

}  // namespace trainkit::cli
