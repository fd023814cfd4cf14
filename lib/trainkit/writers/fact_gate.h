// The print gate: a participant output (handout, Markdown, SCORM) prints a phone number only
// after a person has checked it with the operator and the check is still good. A wrong number
// in a printed handout sends a woman in danger nowhere.
#pragma once

#include "trainkit/base/diagnostic.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/writer.h"

namespace trainkit::writers {

// Reports E185 for each phone number of the program that is not checked or whose check is past
// its kind's limit, unless the context allows unchecked facts (the outputs then say so beside
// each such number). True when the output may be written.
bool PassesFactGate(const resolve::ProgramDescription& program, const WriterContext& context,
                    Diagnostics& diagnostics);

}  // namespace trainkit::writers
