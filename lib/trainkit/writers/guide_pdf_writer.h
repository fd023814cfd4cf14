// The `guide-pdf` format: the facilitator guide a trainer prints and teaches from.
#pragma once

#include <string>

#include "trainkit/writers/writer.h"

namespace trainkit::writers {

// Lays the guide out (twice: the contents need the page numbers) and paints it with PoDoFo:
// DejaVu (or the style's fonts) embedded as Unicode subsets, bookmarks, links, metadata and
// /Lang. A character the fonts cannot show is an error (E180) and nothing is written.
Status WriteGuidePdf(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                     Diagnostics& diagnostics);

// The `guide-layout` format: the same guide's pages as text (every item and its position), to
// see and test what a change to the layout does.
Status WriteGuideLayout(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                        Diagnostics& diagnostics);

}  // namespace trainkit::writers
