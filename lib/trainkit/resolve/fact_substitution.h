// Internal to the resolver: puts each country fact's value into the text that names it.
#pragma once

#include "trainkit/resolve/program.h"

namespace trainkit::resolve {

// Fills every FactRef of the program with the value of the fact it names. The filter has
// already left out each passage that names a fact the country does not set, or, in a title,
// put the fact's label in its place.
void SubstituteFacts(ResolvedProgram& program);

}  // namespace trainkit::resolve
