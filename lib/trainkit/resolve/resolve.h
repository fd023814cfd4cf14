// Turns a curriculum, a country, an audience and a track into one concrete program.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/reader/load.h"
#include "trainkit/resolve/program.h"

namespace trainkit::resolve {

struct Request {
  std::string country;   // empty: the international (base) version
  std::string audience;  // required
  std::string track;     // empty: the curriculum's first track
  std::string language;  // empty: the adaptation's language, else the curriculum's
  Date check_date;       // facts verified a year before this are stale
  // In a room with a facilitator, or alone: content marked for the other delivery is left out.
  model::Delivery delivery = model::Delivery::kClassroom;
};

// A request that names something the curriculum does not have. The message lists what
// exists and suggests the closest match; it is a usage problem, not a content problem.
struct RequestError {
  std::string message;
};

// The audiences a program can be for: the curriculum's (as far as the adaptation keeps them)
// and the adaptation's own. `adaptation` is null for the international version.
std::vector<std::string> OfferedAudiences(const model::Curriculum& curriculum, const model::Adaptation* adaptation);

// Whether `request` names what the curriculum has: its country, an audience it offers, a
// language it can be in. The track is checked when the program is resolved.
std::optional<RequestError> CheckRequest(const reader::LoadedCurriculum& loaded, const Request& request);

// A curriculum made ready for one country and language: the language's translation applied,
// then the country's changes. Every program of that country and language (each audience,
// track and delivery) is resolved from it, so it is made once for all of them.
struct AdaptedCurriculum {
  model::Curriculum curriculum;
  const model::Adaptation* adaptation = nullptr;  // into the loaded curriculum; null: international
  std::string language;
  std::map<std::string, SourceLocation> replaced;    // id -> base location
  std::map<std::string, SourceLocation> translated;  // id -> translation location
  std::set<std::string> facilitator_translated;
  SourceLocation translation_location;  // where untranslated text is reported
  Diagnostics diagnostics;              // what applying the country's operations found
};

// Adapts the curriculum for a request CheckRequest accepted ("" for the international version;
// "" language for the country's, else the curriculum's).
std::shared_ptr<const AdaptedCurriculum> Adapt(const reader::LoadedCurriculum& loaded, const std::string& country,
                                               const std::string& language);

// Resolves the program `request` names from its adapted curriculum; reports the adaptation's
// diagnostics with the program's own.
std::variant<ResolvedProgram, RequestError> ResolveAdapted(const AdaptedCurriculum& adapted, const Request& request,
                                                           Diagnostics& diagnostics);

// Resolves `request` against a curriculum that validated without errors. Problems of the
// resolved program (a goal no longer taught, a track over budget, untranslated text, an
// operation that matched nothing, a fact the country does not set) are reported to
// `diagnostics`; the program is returned all the same.
std::variant<ResolvedProgram, RequestError> Resolve(const reader::LoadedCurriculum& loaded,
                                                    const Request& request,
                                                    Diagnostics& diagnostics);

}  // namespace trainkit::resolve
