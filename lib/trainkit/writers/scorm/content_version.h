// The version a SCORM package states (in its manifest, its footer and what the player saves):
// the curriculum's version, then a short digest of everything the learner's browser receives.
// A country-only fix, a new translation or a new player changes it; a re-export of the same
// inputs does not. An LMS administrator tells two uploads apart by it, and the player knows
// from it that saved progress was made with other content.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace trainkit::writers::scorm {

struct PackageFile {
  std::string name;  // '/'-separated, relative to the package root
  std::string bytes;
};

// "1.0+3fa94c1b": `curriculum_version`, '+' (semantic versioning's build metadata), and the
// first 8 hexadecimal digits of the SHA-256 over `files`, names and bytes, in order.
std::string ContentVersion(std::string_view curriculum_version, const std::vector<const PackageFile*>& files);

}  // namespace trainkit::writers::scorm
