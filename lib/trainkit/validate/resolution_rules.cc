// Resolving every program a curriculum can make (each country, audience and track) and
// reporting what goes wrong in them, once per cause rather than once per program.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "trainkit/resolve/resolve.h"
#include "trainkit/validate/rules.h"

namespace trainkit::validate {
namespace {

// "a, b, c", or the first `most` words and how many more.
std::string Join(const std::set<std::string>& words, size_t most = 20) {
  std::string text;
  size_t count = 0;
  for (const auto& word : words) {
    if (count++ == most) return text + fmt::format(" and {} more", words.size() - most);
    text += (text.empty() ? "" : ", ") + word;
  }
  return text;
}

struct Totals {
  std::map<int, std::set<std::string>> audiences_by_minutes;
};

}  // namespace

void CheckPrograms(const reader::LoadedCurriculum& loaded, const Options& options, Diagnostics& diagnostics) {
  const model::Curriculum& curriculum = *loaded.curriculum;
  std::vector<const model::Adaptation*> adaptations = {nullptr};
  for (const auto& adaptation : loaded.adaptations) adaptations.push_back(&adaptation);

  std::set<std::tuple<std::string, int, int, std::string>> seen;  // W172, reported once
  for (const model::Adaptation* adaptation : adaptations) {
    std::string country = adaptation ? adaptation->country : "";
    std::map<std::string, std::set<std::string>> unset_fact_audiences;
    std::set<std::string> untranslated;
    std::string language;
    for (const auto& track : curriculum.tracks) {
      Totals totals;
      for (const auto& audience : curriculum.audiences) {
        Diagnostics found;
        resolve::Request request{country, audience.id, track.id, "", options.check_date};
        auto resolved = resolve::Resolve(loaded, request, found);
        auto* program = std::get_if<resolve::ResolvedProgram>(&resolved);
        if (!program) continue;  // an audience this country does not offer
        for (const auto& d : found.items()) {
          if (d.code != Code::W172) continue;
          auto key = std::make_tuple(d.location.ToString(), d.location.line, d.location.column, d.message);
          if (seen.insert(key).second) diagnostics.Report(d.code, d.location, d.message);
        }
        for (const auto& [key, passages] : program->left_out) unset_fact_audiences[key].insert(audience.id);
        totals.audiences_by_minutes[program->end_minute - program->start_minute].insert(audience.id);
        const auto& missing = program->translation.untranslated;
        untranslated.insert(missing.begin(), missing.end());
        language = program->language;
      }
      if (!adaptation) continue;  // the base's budgets are checked on the curriculum itself
      for (const auto& [minutes, audiences] : totals.audiences_by_minutes) {
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
    if (!adaptation) continue;
    for (const auto& [key, audiences] : unset_fact_audiences) {
      auto definition = std::find_if(curriculum.facts.begin(), curriculum.facts.end(),
                                     [&](const model::FactDefinition& d) { return d.key == key; });
      diagnostics
          .Report(Code::W174, adaptation->location,
                  fmt::format("{} does not set fact '{}': the passages that use it are left out for {}", country,
                              key, Join(audiences)))
          .notes.push_back({definition->location, "the fact is declared here"});
    }
    if (!untranslated.empty()) {
      diagnostics.Report(Code::W173, adaptation->location,
                         fmt::format("{} participant text{} not translated into {} and stay{} in {}: {}",
                                     untranslated.size(), untranslated.size() == 1 ? " is" : "s are", language,
                                     untranslated.size() == 1 ? "s" : "", curriculum.language, Join(untranslated, 8)));
    }
  }
}

}  // namespace trainkit::validate
