// The `scorm12` and `scorm2004` writers: a zip with imsmanifest.xml at its root and one SCO,
// the player page with its script, style and images.
#pragma once

#include <string>

#include "trainkit/base/diagnostic.h"
#include "trainkit/base/status.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/writer.h"

namespace trainkit::writers {

// The player's files in the template folder, each copied into the package under its own name.
inline constexpr const char* kScormPlayerFiles[] = {"scorm/player.css", "scorm/runtime.js", "scorm/progress.js",
                                                    "scorm/player.js"};

// Participant material only, and what scores its questions: the answer keys reach the browser,
// the facilitator's notes do not.
Status WriteScorm12(const resolve::ParticipantProgram& program, const resolve::Assessment& assessment,
                    const WriterContext& context, OutputSink& out, Diagnostics& diagnostics);
Status WriteScorm2004(const resolve::ParticipantProgram& program, const resolve::Assessment& assessment,
                      const WriterContext& context, OutputSink& out, Diagnostics& diagnostics);

}  // namespace trainkit::writers
