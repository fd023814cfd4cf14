// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition: one organisation, one SCO with
// internal navigation (the choice that imports and tracks alike in every LMS).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace trainkit::writers::scorm {

enum class ScormVersion { k12, k2004 };

struct PackageDescription {
  std::string identifier;  // stable across re-exports: derived from curriculum, country, audience
  std::string title;
  std::string description;  // left out of the metadata when empty
  std::string language;  // BCP 47
  std::string version;   // the package's content version: "1.0+3fa94c1b" (content_version.h)
  std::vector<std::string> keywords;
  // The score, 0–100, that passes the final assessment; none when there is nothing to score.
  std::optional<int> mastery_percent = 80;
  // SCORM 2004: an objective per module, by its id, which the player reports on.
  std::vector<std::string> module_objectives;
  std::string launch = "index.html";  // the SCO's page
  std::vector<std::string> files;     // every file of the package but the manifest, '/'-separated
};

std::string WriteManifest(const PackageDescription& package, ScormVersion version);

}  // namespace trainkit::writers::scorm
