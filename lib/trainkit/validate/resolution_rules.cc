// Resolving every program a curriculum can make (each country, audience and track) and
// reporting what goes wrong in them, once per cause rather than once per program.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "trainkit/base/join.h"
#include "trainkit/resolve/resolve_all.h"
#include "trainkit/translation/apply.h"
#include "trainkit/validate/rules.h"

namespace trainkit::validate {
namespace {

// W173 and W175 for a set of programs in one language, each text once.
void ReportTranslationGaps(const std::vector<resolve::ProgramRun>& runs, const model::Curriculum& curriculum,
                           const SourceLocation& at, Diagnostics& diagnostics) {
  for (const auto& [code, gaps, readers] :
       {std::tuple{Code::W173, resolve::GapsOf(runs), "participant"},
        std::tuple{Code::W175, resolve::FacilitatorGapsOf(runs), "facilitator"}}) {
    if (gaps.untranslated.empty()) continue;
    size_t n = gaps.untranslated.size();
    diagnostics.Report(code, at,
                       fmt::format("{} {} text{} not translated into {} and stay{} in {}: {}. Translate {} in "
                                   "translations/{}.xml; `trainkit translate export --language {} --missing` writes "
                                   "{}, with {} text, as an XLIFF file for translators",
                                   n, readers, n == 1 ? " is" : "s are", gaps.language, n == 1 ? "s" : "",
                                   curriculum.language, Join(gaps.untranslated, 8), n == 1 ? "it" : "them",
                                   gaps.language, gaps.language, n == 1 ? "it" : "them", n == 1 ? "its" : "their"));
  }
}

}  // namespace

void CheckPrograms(const reader::LoadedCurriculum& loaded, const Options& options, Diagnostics& diagnostics) {
  const model::Curriculum& curriculum = *loaded.curriculum;
  std::vector<const model::Adaptation*> adaptations = {nullptr};
  for (const auto& adaptation : loaded.adaptations) adaptations.push_back(&adaptation);

  std::set<std::string> reported;  // W172 comes once per operation, whatever the program
  for (const model::Adaptation* adaptation : adaptations) {
    std::string country = adaptation ? adaptation->country : "";
    std::vector<resolve::ProgramRun> runs = resolve::ResolveAll(loaded, country, options.check_date);
    std::map<std::string, std::set<std::string>> unset_fact_audiences;
    std::map<std::string, std::map<int, std::set<std::string>>> audiences_by_minutes;  // by track
    for (const auto& run : runs) {
      for (const auto& d : run.diagnostics.items()) {
        bool once = d.code == Code::W172 || d.code == Code::W176;
        if (once && reported.insert(d.location.ToString() + d.message).second) {
          diagnostics.Report(d.code, d.location, d.message);
        }
      }
      const resolve::ResolvedProgram& program = run.program;
      for (const auto& [key, passages] : program.left_out) {
        // A fact the country states it has no value for (<no-fact>) is left out on purpose.
        if (!program.withheld_facts.count(key)) unset_fact_audiences[key].insert(program.audience);
      }
      audiences_by_minutes[program.track][program.end_minute - program.start_minute].insert(program.audience);
    }
    // The base's budgets are checked on the curriculum itself, grouped the same way.
    if (!adaptation) continue;
    std::vector<model::Track> tracks = curriculum.tracks;
    tracks.insert(tracks.end(), adaptation->tracks.begin(), adaptation->tracks.end());
    for (const auto& track : tracks) {
      for (const auto& [minutes, audiences] : audiences_by_minutes[track.id]) {
        if (minutes == track.budget_minutes) continue;
        bool over = minutes > track.budget_minutes;
        diagnostics.Report(over ? Code::W120 : Code::W121, adaptation->location,
                           fmt::format("with this adaptation, track '{}' takes {} minutes with its breaks for "
                                       "{}, {} its budget of {} by {}",
                                       track.id, minutes, Join(audiences), over ? "over" : "under",
                                       track.budget_minutes,
                                       over ? minutes - track.budget_minutes : track.budget_minutes - minutes));
      }
    }
    for (const auto& [key, audiences] : unset_fact_audiences) {
      const std::string& fact = key;  // a lambda may not capture a structured binding before C++20
      auto definition = std::find_if(curriculum.facts.begin(), curriculum.facts.end(),
                                     [&](const model::FactDefinition& d) { return d.key == fact; });
      diagnostics
          .Report(Code::W174, adaptation->location,
                  fmt::format("{} does not set fact '{}': the passages that use it are left out for {}", country,
                              key, Join(audiences)))
          .notes.push_back({definition->location, "the fact is declared here"});
    }
    ReportTranslationGaps(runs, curriculum, adaptation->location, diagnostics);
  }
  // The international version in each language a translation gives and no country speaks.
  for (const std::string& language : resolve::InternationalLanguages(loaded)) {
    if (language == curriculum.language) continue;
    auto packs = translation::PacksFor(loaded.translations, language, "");
    auto runs = resolve::ResolveAll(loaded, "", options.check_date, language);
    for (const auto& run : runs) {
      for (const auto& d : run.diagnostics.items()) {
        if (d.code == Code::W176 && reported.insert(d.location.ToString() + d.message).second) {
          diagnostics.Report(d.code, d.location, d.message);
        }
      }
    }
    ReportTranslationGaps(runs, curriculum, packs.empty() ? curriculum.location : packs.front()->location, diagnostics);
  }
}

}  // namespace trainkit::validate
