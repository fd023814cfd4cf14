// Every program the shipped curricula make: each curriculum, country (and the international
// version), audience and track, resolved in process as of the tests' check date.
#pragma once

#include <vector>

#include "trainkit/resolve/program.h"

namespace trainkit::test {

std::vector<resolve::ResolvedProgram> ShippedPrograms();

}  // namespace trainkit::test
