// What the output streams are attached to, for colour and progress decisions.
#pragma once

#include <cstdio>

namespace trainkit::cli {

// True when `stream` is a terminal and NO_COLOR is not set.
bool UseColor(std::FILE* stream);

}  // namespace trainkit::cli
