#include "trainkit/resolve/resolve_all.h"

namespace trainkit::resolve {

std::vector<ProgramRun> ResolveAll(const reader::LoadedCurriculum& loaded, const std::string& country,
                                   const Date& check_date) {
  std::vector<ProgramRun> runs;
  for (const auto& track : loaded.curriculum->tracks) {
    for (const auto& audience : loaded.curriculum->audiences) {
      ProgramRun run;
      auto resolved = Resolve(loaded, {country, audience.id, track.id, "", check_date}, run.diagnostics);
      auto* program = std::get_if<ResolvedProgram>(&resolved);
      if (!program) continue;  // an audience this country does not offer
      run.program = std::move(*program);
      runs.push_back(std::move(run));
    }
  }
  return runs;
}

TranslationGaps GapsOf(const std::vector<ProgramRun>& runs) {
  TranslationGaps gaps;
  for (const auto& run : runs) {
    const TranslationCoverage& coverage = run.program.translation;
    gaps.language = run.program.language;
    gaps.units.insert(coverage.units_ids.begin(), coverage.units_ids.end());
    gaps.untranslated.insert(coverage.untranslated.begin(), coverage.untranslated.end());
  }
  return gaps;
}

}  // namespace trainkit::resolve
