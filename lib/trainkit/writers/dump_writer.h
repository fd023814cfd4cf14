// The `dump` format: a resolved program as indented text, with provenance on every piece.
// It is how the resolver is tested with golden files, and how a person sees exactly what a
// country, audience and track make of a curriculum.
#pragma once

#include <string>

#include "trainkit/writers/writer.h"

namespace trainkit::writers {

Status WriteDump(const resolve::ResolvedProgram& program, const WriterContext& context,
                 OutputSink& out, Diagnostics& diagnostics);

// "09:05"
std::string ClockTime(int minute_of_day);

}  // namespace trainkit::writers
