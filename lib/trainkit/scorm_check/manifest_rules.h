// The rules a SCORM manifest must keep for an LMS to import and track its package: the
// version as LMSs detect it, identifiers and the references between them, and every file it
// names present in the package.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/xml/document.h"

namespace trainkit::scorm_check {

enum class ScormVersion { k12, k2004 };

// "1.2" or "2004".
std::string_view VersionName(ScormVersion version);

// Checks `manifest` against the package's `files` (every entry that is not a folder, by its
// name in the zip), reporting each problem (E213-E226, W215-W230) at its place in the
// manifest. Returns the version an LMS takes the package for (Moodle's reading: anything it
// does not recognise is 1.2), or nullopt when the root element is not a manifest at all.
std::optional<ScormVersion> CheckManifest(const xml::Document& manifest, const std::vector<std::string>& files,
                                          Diagnostics& diagnostics);

}  // namespace trainkit::scorm_check
