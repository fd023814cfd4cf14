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
inline constexpr const char* kScormPlayerFiles[] = {"scorm/player.css", "scorm/runtime.js", "scorm/player.js"};

Status WriteScorm12(const resolve::ResolvedProgram& program, const WriterContext& context, std::string& out,
                    Diagnostics& diagnostics);
Status WriteScorm2004(const resolve::ResolvedProgram& program, const WriterContext& context, std::string& out,
                      Diagnostics& diagnostics);

}  // namespace trainkit::writers
