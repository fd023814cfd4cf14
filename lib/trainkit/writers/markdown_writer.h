// The `markdown` format: what participants read, as Markdown (CommonMark with pipe tables),
// for wikis and websites. Like the handout, it reads only the participant side.
#pragma once

#include <string>

#include "trainkit/writers/writer.h"

namespace trainkit::writers {

Status WriteMarkdown(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                     Diagnostics& diagnostics);

}  // namespace trainkit::writers
