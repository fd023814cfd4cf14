#include "trainkit/resolve/resolve.h"

#include <fmt/format.h>

#include <algorithm>

#include "trainkit/base/join.h"
#include "trainkit/base/language_tag.h"
#include "trainkit/resolve/image_variants.h"
#include "trainkit/resolve/overlay.h"
#include "trainkit/resolve/program_builder.h"
#include "trainkit/translation/apply.h"

namespace trainkit::resolve {
namespace {

// "unknown track 'dya' (did you mean 'day'?); tracks: day, short"
std::string Unknown(std::string_view what, const std::string& name, const std::vector<std::string>& known,
                    std::string_view where) {
  auto suggestion = ClosestMatch(name, known);
  return fmt::format("unknown {} '{}'{}; {} {}", what, name,
                     suggestion ? fmt::format(" (did you mean '{}'?)", *suggestion) : "", where,
                     known.empty() ? "none" : Join(known));
}

// Checks of the program as a whole: what the country, audience and track leave out.
void CheckProgram(const ResolvedProgram& program, const model::Curriculum& curriculum,
                  const model::Track& track, const model::Adaptation* adaptation,
                  const SourceLocation& translation_location, Diagnostics& diagnostics) {
  std::string where = fmt::format("{} in track '{}'{}", program.audience, program.track,
                                  program.country.empty() ? "" : " for " + program.country);
  bool items_name_objectives = false;
  for (const auto& module : curriculum.modules) {
    for (const auto& item : module.assessment) items_name_objectives = items_name_objectives || !item.objectives.empty();
  }
  for (const auto& goal : program.goals) {
    auto declared = std::find_if(curriculum.goals.begin(), curriculum.goals.end(),
                                 [&](const model::Goal& g) { return g.id == goal.id; });
    SourceLocation at = declared != curriculum.goals.end() ? declared->location : SourceLocation{};
    if (!goal.taught) {
      diagnostics.Report(Code::W170, at,
                         fmt::format("goal '{}' is not taught to {}: no module of it teaches one of "
                                     "the goal's objectives",
                                     goal.id, where));
    } else if (items_name_objectives && !goal.assessed) {
      diagnostics.Report(Code::W171, at,
                         fmt::format("goal '{}' is not assessed for {}: no question of it assesses "
                                     "one of the goal's objectives",
                                     goal.id, where));
    }
  }
  // A budget is the room's time: a learner alone takes her own.
  int minutes = program.end_minute - program.start_minute;
  if (adaptation && program.delivery == model::Delivery::kClassroom && minutes != program.budget_minutes) {
    bool over = minutes > program.budget_minutes;
    diagnostics.Report(over ? Code::W120 : Code::W121, track.location,
                       fmt::format("track '{}' takes {} minutes with its breaks for {} in {}, {} its budget "
                                   "of {} by {}",
                                   track.id, minutes, program.audience, program.country,
                                   over ? "over" : "under", program.budget_minutes,
                                   over ? minutes - program.budget_minutes : program.budget_minutes - minutes));
  }
  for (const auto& [code, coverage, readers] :
       {std::tuple{Code::W173, &program.translation, "participant"},
        std::tuple{Code::W175, &program.facilitator_translation, "facilitator"}}) {
    if (coverage->units == coverage->translated) continue;
    diagnostics.Report(code, translation_location,
                       fmt::format("{} of {} {} texts for {} are not translated into {} and stay in {} ({}% "
                                   "translated), the first being '{}'",
                                   coverage->units - coverage->translated, coverage->units, readers, where,
                                   program.language, program.source_language,
                                   coverage->translated * 100 / coverage->units, coverage->untranslated.front()));
  }
}

// The languages a program can be in: the curriculum's, the country's, and for the
// international version every language the curriculum has a translation into (a region's
// overrides, "ro-MD", serve a country).
std::vector<std::string> ProgramLanguages(const reader::LoadedCurriculum& loaded, const model::Adaptation* adaptation) {
  std::vector<std::string> languages = {loaded.curriculum->language};
  auto add = [&](const std::string& language) {
    if (std::find(languages.begin(), languages.end(), language) == languages.end()) languages.push_back(language);
  };
  if (adaptation) {
    add(adaptation->language);
    return languages;
  }
  std::vector<std::string> offered = loaded.translation_files;  // when only some were read
  for (const auto& pack : loaded.translations) offered.push_back(pack.language);
  for (const std::string& offer : offered) {
    auto subtags = ParseLanguageTag(offer);
    bool regional = subtags && std::any_of(subtags->begin(), subtags->end(),
                                           [](const Subtag& s) { return s.kind == Subtag::Kind::kRegion; });
    if (subtags && !regional) add(offer);
  }
  return languages;
}

}  // namespace

std::vector<std::string> OfferedAudiences(const model::Curriculum& curriculum, const model::Adaptation* adaptation) {
  std::vector<std::string> audiences;
  for (const auto& audience : curriculum.audiences) {
    if (!adaptation || !adaptation->audiences_only) {
      audiences.push_back(audience.id);
      continue;
    }
    for (const auto& kept : *adaptation->audiences_only) {
      if (kept.id == audience.id) audiences.push_back(audience.id);
    }
  }
  if (adaptation) {
    for (const auto& audience : adaptation->audiences) audiences.push_back(audience.id);
  }
  return audiences;
}

namespace {

const model::Adaptation* AdaptationOf(const reader::LoadedCurriculum& loaded, const std::string& country) {
  for (const auto& adaptation : loaded.adaptations) {
    if (!country.empty() && adaptation.country == country) return &adaptation;
  }
  return nullptr;
}

}  // namespace

std::optional<RequestError> CheckRequest(const reader::LoadedCurriculum& loaded, const Request& request) {
  if (!loaded.curriculum) return RequestError{"the curriculum could not be read"};
  const model::Adaptation* adaptation = AdaptationOf(loaded, request.country);
  if (!request.country.empty() && !adaptation) {
    std::vector<std::string> countries = loaded.country_files;  // when only some were read
    if (countries.empty()) {
      for (const auto& a : loaded.adaptations) countries.push_back(a.country);
    }
    return RequestError{Unknown("country", request.country, countries,
                                "leave out --country for the international version; countries with an adaptation:")};
  }
  std::vector<std::string> audiences = OfferedAudiences(*loaded.curriculum, adaptation);
  if (std::find(audiences.begin(), audiences.end(), request.audience) == audiences.end()) {
    return RequestError{Unknown("audience", request.audience, audiences,
                                adaptation ? "audiences offered in " + adaptation->country + ":" : "audiences:")};
  }
  std::string language = request.language;
  if (language.empty()) language = adaptation ? adaptation->language : loaded.curriculum->language;
  std::vector<std::string> languages = ProgramLanguages(loaded, adaptation);
  if (std::find(languages.begin(), languages.end(), language) == languages.end()) {
    return RequestError{Unknown("language", language, languages, "languages:")};
  }
  return std::nullopt;
}

std::shared_ptr<const AdaptedCurriculum> Adapt(const reader::LoadedCurriculum& loaded, const std::string& country,
                                               const std::string& requested_language) {
  auto adapted = std::make_shared<AdaptedCurriculum>();
  model::Curriculum& curriculum = adapted->curriculum;
  curriculum = *loaded.curriculum;
  const model::Adaptation* adaptation = AdaptationOf(loaded, country);
  adapted->adaptation = adaptation;
  std::string language = requested_language;
  if (language.empty()) language = adaptation ? adaptation->language : curriculum.language;
  adapted->language = language;

  // Base, then the language's translation, then the country's overlay: a country's own
  // sections replace translated ones, and are written in its language already.
  std::map<std::string, SourceLocation> from_packs;
  if (language != curriculum.language) {
    from_packs = translation::ApplyPacks(curriculum, translation::PacksFor(loaded.translations, language, country));
  }
  if (adaptation) {
    adapted->replaced = ApplyOperations(*adaptation, curriculum, adapted->diagnostics);
    if (language == adaptation->language) adapted->translated = ApplyTranslations(*adaptation, curriculum);
  }
  // The country's own audiences and tracks, beside the base's.
  if (adaptation) {
    curriculum.audiences.insert(curriculum.audiences.end(), adaptation->audiences.begin(), adaptation->audiences.end());
    curriculum.tracks.insert(curriculum.tracks.end(), adaptation->tracks.begin(), adaptation->tracks.end());
  }
  translation::TranslatedElements elements;
  if (language != loaded.curriculum->language) {
    std::string adaptation_file = adaptation && adaptation->location.file ? adaptation->location.file->path() : "";
    elements = translation::TranslatedElementsOf(curriculum, *loaded.curriculum, from_packs,
                                                 language == (adaptation ? adaptation->language : "") ? adaptation_file : "");
  }
  // A country's replacement is its own text, not a translation of the base's.
  for (const auto& [id, at] : elements.participant_text) {
    if (!adapted->replaced.count(id)) adapted->translated.emplace(id, at);
  }
  adapted->facilitator_translated = std::move(elements.facilitator_text);
  // Text left in the source language is the adaptation's to report, or the translation's.
  adapted->translation_location = adaptation ? adaptation->location : curriculum.location;
  auto packs = translation::PacksFor(loaded.translations, language, country);
  if (!adaptation && !packs.empty()) adapted->translation_location = packs.front()->location;
  return adapted;
}

std::variant<ResolvedProgram, RequestError> ResolveAdapted(const AdaptedCurriculum& adapted, const Request& request,
                                                           Diagnostics& diagnostics) {
  const model::Curriculum& curriculum = adapted.curriculum;
  std::vector<std::string> tracks;
  for (const auto& track : curriculum.tracks) tracks.push_back(track.id);
  std::string track_id = request.track.empty() && !tracks.empty() ? tracks.front() : request.track;
  auto track = std::find_if(curriculum.tracks.begin(), curriculum.tracks.end(),
                            [&](const model::Track& t) { return t.id == track_id; });
  if (track == curriculum.tracks.end()) return RequestError{Unknown("track", track_id, tracks, "tracks:")};

  diagnostics.Append(adapted.diagnostics);
  BuildInput input{curriculum,       adapted.adaptation, *track, request, adapted.language, adapted.replaced,
                   adapted.translated, adapted.facilitator_translated};
  ResolvedProgram program = BuildProgram(input, diagnostics);
  UseImageVariants(program, curriculum.folder, diagnostics);
  CheckProgram(program, curriculum, *track, adapted.adaptation, adapted.translation_location, diagnostics);
  return program;
}

std::variant<ResolvedProgram, RequestError> Resolve(const reader::LoadedCurriculum& loaded,
                                                    const Request& request, Diagnostics& diagnostics) {
  if (auto error = CheckRequest(loaded, request)) return *error;
  return ResolveAdapted(*Adapt(loaded, request.country, request.language), request, diagnostics);
}

}  // namespace trainkit::resolve
