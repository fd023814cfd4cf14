// Internal to the resolver: builds the program from a curriculum the adaptation was applied to.
#pragma once

#include <map>
#include <set>
#include <string>

#include "trainkit/base/diagnostic.h"
#include "trainkit/model/adaptation.h"
#include "trainkit/resolve/program.h"
#include "trainkit/resolve/resolve.h"

namespace trainkit::resolve {

struct BuildInput {
  const model::Curriculum& curriculum;   // with the adaptation's operations and translations
  const model::Adaptation* adaptation;   // null for the international version
  const model::Track& track;
  const Request& request;
  std::string language;
  std::map<std::string, SourceLocation> replaced;    // id -> base location
  std::map<std::string, SourceLocation> translated;  // id -> translation location
  std::set<std::string> facilitator_translated;      // ids whose facilitator text is translated
};

// Keeps what the audience sees, times the agenda, substitutes facts and separates participant
// from facilitator material. Reports facts the country does not set (W174).
ResolvedProgram BuildProgram(const BuildInput& input, Diagnostics& diagnostics);

}  // namespace trainkit::resolve
