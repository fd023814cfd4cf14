// Turns a curriculum, a country, an audience and a track into one concrete program.
#pragma once

#include <optional>
#include <string>
#include <variant>

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

// Resolves `request` against a curriculum that validated without errors. Problems of the
// resolved program (a goal no longer taught, a track over budget, untranslated text, an
// operation that matched nothing, a fact the country does not set) are reported to
// `diagnostics`; the program is returned all the same.
std::variant<ResolvedProgram, RequestError> Resolve(const reader::LoadedCurriculum& loaded,
                                                    const Request& request,
                                                    Diagnostics& diagnostics);

}  // namespace trainkit::resolve
