// What a SCORM manifest says about a program: its stable identifier, titles, metadata and
// mastery score.
#pragma once

#include <string>
#include <vector>

#include "trainkit/resolve/program.h"
#include "trainkit/writers/scorm/manifest.h"

namespace trainkit::writers::scorm {

// The identifier is the same on every export of the same curriculum, country, audience and
// track, so an LMS that re-imports the package updates the course instead of adding a new one.
std::string PackageIdentifier(const resolve::ProgramDescription& program);

// "Title — Audience (Track)", in the program's language.
std::string PackageTitle(const resolve::ProgramDescription& program);

// The title names the audience and the track, so each package of a curriculum reads apart in an
// LMS's course list. `version` is the package's ContentVersion(); `files` lists every file of
// the package but the manifest, '/'-separated.
PackageDescription DescribePackage(const resolve::ParticipantProgram& program, std::string version,
                                   std::vector<std::string> files);

}  // namespace trainkit::writers::scorm
