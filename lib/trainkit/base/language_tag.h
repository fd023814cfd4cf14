// BCP 47 language tags ("uk", "ro-MD", "sr-Latn-RS").
#pragma once

#include <string_view>

namespace trainkit {

// True when `tag` is well-formed by the RFC 5646 grammar (irregular grandfathered tags aside).
bool IsWellFormedLanguageTag(std::string_view tag);

}  // namespace trainkit
