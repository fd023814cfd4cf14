// The forms for a training day, each a PDF format of its own, in the program's language:
// `attendance-pdf`, `pretest-pdf` and `posttest-pdf` (answer sheets), `evaluation-pdf`, and
// `scoring-key-pdf` (the facilitator's key to both tests).
#pragma once

#include "trainkit/writers/writer.h"

namespace trainkit::writers {

Status WriteAttendancePdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics);
Status WritePreTestPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                       Diagnostics& diagnostics);
Status WritePostTestPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                        Diagnostics& diagnostics);
// One page per participant of WriterContext::participants (none: an error Status).
Status WriteCertificatesPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                            Diagnostics& diagnostics);
// E187 when the program has no handout marked form="evaluation"; nothing is written.
Status WriteEvaluationPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics);
Status WriteScoringKeyPdf(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics);

}  // namespace trainkit::writers
