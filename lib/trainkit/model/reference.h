// A reference by id to something declared elsewhere, with where the reference was written.
#pragma once

#include <string>
#include <vector>

#include "trainkit/base/source_location.h"

namespace trainkit::model {

struct Ref {
  std::string id;
  SourceLocation location;
};

using Refs = std::vector<Ref>;

}  // namespace trainkit::model
