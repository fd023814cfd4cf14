#include "trainkit/resolve/resolve_all.h"

#include <algorithm>

#include "trainkit/base/language_tag.h"

namespace trainkit::resolve {

std::vector<Request> ProgramRequests(const reader::LoadedCurriculum& loaded, const std::string& country,
                                     const Date& check_date, const std::string& language, model::Delivery delivery) {
  std::vector<Request> requests;
  const model::Adaptation* adaptation = nullptr;
  for (const auto& a : loaded.adaptations) {
    if (a.country == country && !country.empty()) adaptation = &a;
  }
  if (!country.empty() && !adaptation) return requests;
  std::vector<model::Track> tracks = loaded.curriculum->tracks;
  if (adaptation) tracks.insert(tracks.end(), adaptation->tracks.begin(), adaptation->tracks.end());
  for (const auto& track : tracks) {
    for (const std::string& audience : OfferedAudiences(*loaded.curriculum, adaptation)) {
      requests.push_back({country, audience, track.id, language, check_date, delivery});
    }
  }
  return requests;
}

std::vector<ProgramRun> ResolveAll(const reader::LoadedCurriculum& loaded, const std::string& country,
                                   const Date& check_date, const std::string& language, model::Delivery delivery) {
  std::vector<ProgramRun> runs;
  std::shared_ptr<const AdaptedCurriculum> adapted;  // the same for every request: made once
  for (const Request& request : ProgramRequests(loaded, country, check_date, language, delivery)) {
    if (CheckRequest(loaded, request)) continue;  // a language this curriculum lacks
    if (!adapted) adapted = Adapt(loaded, country, language);
    ProgramRun run;
    auto resolved = ResolveAdapted(*adapted, request, run.diagnostics);
    auto* program = std::get_if<ResolvedProgram>(&resolved);
    if (!program) continue;  // a request this curriculum cannot meet (a language it lacks)
    run.program = std::move(*program);
    runs.push_back(std::move(run));
  }
  return runs;
}

std::vector<std::string> InternationalLanguages(const reader::LoadedCurriculum& loaded) {
  std::vector<std::string> languages = {loaded.curriculum->language};
  std::vector<std::string> offered = loaded.translation_files;  // when only some were read
  for (const auto& pack : loaded.translations) offered.push_back(pack.language);
  for (const std::string& language : offered) {
    LanguageAndRegion split = SplitRegion(language);
    if (!split.region.empty() || std::find(languages.begin(), languages.end(), language) != languages.end()) continue;
    bool spoken_by_a_country = std::any_of(loaded.adaptations.begin(), loaded.adaptations.end(), [&](const auto& a) {
      return SplitRegion(a.language).language == language;
    });
    if (!spoken_by_a_country) languages.push_back(language);
  }
  return languages;
}

namespace {

TranslationGaps Gaps(const std::vector<ProgramRun>& runs, TranslationCoverage ProgramDescription::*which) {
  TranslationGaps gaps;
  for (const auto& run : runs) {
    const TranslationCoverage& coverage = run.program.*which;
    gaps.language = run.program.language;
    gaps.units.insert(coverage.units_ids.begin(), coverage.units_ids.end());
    gaps.untranslated.insert(coverage.untranslated.begin(), coverage.untranslated.end());
  }
  return gaps;
}

}  // namespace

TranslationGaps GapsOf(const std::vector<ProgramRun>& runs) { return Gaps(runs, &ProgramDescription::translation); }

TranslationGaps FacilitatorGapsOf(const std::vector<ProgramRun>& runs) {
  return Gaps(runs, &ProgramDescription::facilitator_translation);
}

}  // namespace trainkit::resolve
