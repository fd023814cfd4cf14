// Curriculum version strings ("1.0", "1.10", "2.0-draft"), compared as people mean them.
#pragma once

#include <string_view>

namespace trainkit {

// Negative, zero or positive as `a` is older than, the same as, or newer than `b`. Parts
// between dots compare as numbers when both are numbers ("1.10" is newer than "1.9"), else
// as text.
int CompareVersions(std::string_view a, std::string_view b);

}  // namespace trainkit
