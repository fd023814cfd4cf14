// A program cut down to some of its modules, to print part of a day (--modules).
#pragma once

#include <string>
#include <vector>

#include "trainkit/base/status.h"
#include "trainkit/resolve/program.h"

namespace trainkit::resolve {

// `program` with only the modules named in `ids`, in the program's order, and its agenda
// with only theirs (and its breaks), each at its time of the whole day. An id the program
// has no module for is an error that lists the ids it has.
Status SelectModules(const ResolvedProgram& program, const std::vector<std::string>& ids, ResolvedProgram& out);

}  // namespace trainkit::resolve
