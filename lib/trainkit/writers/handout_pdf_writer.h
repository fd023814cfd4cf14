// The `handout-pdf` format: the participant handout as a print-ready PDF, laid out by the
// guide's engine with the guide's guarantees (fonts embedded, text that copies as Unicode,
// bookmarks, /Lang, A4 or Letter, the same bytes from the same inputs), for a print shop.
#pragma once

#include "trainkit/writers/writer.h"

namespace trainkit::writers {

Status WriteHandoutPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                       Diagnostics& diagnostics);

// The `handout-layout` format: the same handout's pages as text, to see and test the layout.
Status WriteHandoutLayout(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics);

}  // namespace trainkit::writers
