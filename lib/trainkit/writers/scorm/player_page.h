// The SCO's page: the whole program for participants as one HTML page (one <section> per
// module, shown one at a time by player.js, all at once when printed or without scripts), its
// knowledge checks and final assessment, and the data player.js needs to score and report.
#pragma once

#include <string>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/scorm/content_version.h"
#include "trainkit/writers/scorm/manifest.h"
#include "trainkit/writers/ui_strings.h"
#include "trainkit/writers/writer.h"

namespace trainkit::writers::scorm {

struct PlayerPage {
  std::string html;                 // index.html
  std::vector<PackageFile> media;   // the images it shows, under media/
  std::string content_version;      // ContentVersion() of the page, its media and `player_files`
};

// Images that cannot be read are left out with a warning (W181) and their description shown.
// `assessment` scores the questions; every question of the program has its entry.
// `player_files` (script, style) go into the package beside the page: the content version
// covers them too.
PlayerPage BuildPlayerPage(const resolve::ParticipantProgram& program, const resolve::Assessment& assessment,
                           const WriterContext& context, const UiStrings& strings, ScormVersion version,
                           const std::vector<PackageFile>& player_files, Diagnostics& diagnostics);

}  // namespace trainkit::writers::scorm
