// BCP 47 language tags ("uk", "ro-MD", "sr-Latn-RS"): their grammar, RFC 5646.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trainkit {

// One subtag of a tag and the part of the grammar it fills.
struct Subtag {
  enum class Kind { kLanguage, kExtlang, kScript, kRegion, kVariant, kExtension, kPrivateUse };
  Kind kind;
  std::string_view text;  // a view into the parsed tag
};

// The subtags of `tag` in order, or nullopt when `tag` is not well-formed by the RFC 5646
// grammar (irregular grandfathered tags such as "i-klingon" included). A singleton ("u", "x")
// counts as part of its extension or private-use sequence.
std::optional<std::vector<Subtag>> ParseLanguageTag(std::string_view tag);

// True when `tag` is well-formed (see ParseLanguageTag).
bool IsWellFormedLanguageTag(std::string_view tag);

// A tag without its region, and the region: "ro-MD" gives "ro" and "MD", "sr-Cyrl" gives
// "sr-Cyrl" and "". A malformed tag comes back whole, with no region.
struct LanguageAndRegion {
  std::string language;
  std::string region;
};
LanguageAndRegion SplitRegion(std::string_view tag);

}  // namespace trainkit
