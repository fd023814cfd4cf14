// The `handout-docx` format: the participant handout, as a Word document an NGO edits and
// prints. Only participant material goes in: no facilitator note, answer key or trainer-only
// section can reach it, because it reads only ParticipantModule.
#pragma once

#include <string>

#include "trainkit/writers/writer.h"

namespace trainkit::writers {

Status WriteHandoutDocx(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                        Diagnostics& diagnostics);

}  // namespace trainkit::writers
