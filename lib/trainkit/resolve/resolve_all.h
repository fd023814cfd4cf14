// Every program one version of a curriculum can make: each audience on each track.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "trainkit/resolve/resolve.h"

namespace trainkit::resolve {

struct ProgramRun {
  ResolvedProgram program;
  Diagnostics diagnostics;  // what resolving this program reported
};

// The requests ResolveAll resolves: every audience the country offers (the international
// version's when `country` is "") on every track, the curriculum's and then the country's.
std::vector<Request> ProgramRequests(const reader::LoadedCurriculum& loaded, const std::string& country,
                                     const Date& check_date, const std::string& language = "",
                                     model::Delivery delivery = model::Delivery::kClassroom);

// Resolves every audience the country offers on every track, for `country` ("" for the
// international version), in `language` ("": the country's, else the curriculum's). Expects a
// curriculum that validated without errors.
std::vector<ProgramRun> ResolveAll(const reader::LoadedCurriculum& loaded, const std::string& country,
                                   const Date& check_date, const std::string& language = "",
                                   model::Delivery delivery = model::Delivery::kClassroom);

// The languages the international version is made in: the curriculum's, and each language it
// has a translation into that no country adaptation is in (a country's programs carry those).
std::vector<std::string> InternationalLanguages(const reader::LoadedCurriculum& loaded);

// All participant texts of these programs, and those left in the source language.
struct TranslationGaps {
  std::string language;
  std::set<std::string> units;
  std::set<std::string> untranslated;
};
TranslationGaps GapsOf(const std::vector<ProgramRun>& runs);
// The same for what only facilitators read.
TranslationGaps FacilitatorGapsOf(const std::vector<ProgramRun>& runs);

}  // namespace trainkit::resolve
