#include "trainkit/writers/writer.h"

#include <iterator>

#include "trainkit/writers/dump_writer.h"
#include "trainkit/writers/fact_gate.h"
#include "trainkit/writers/forms_pdf_writer.h"
#include "trainkit/writers/guide_pdf_writer.h"
#include "trainkit/writers/handout_docx_writer.h"
#include "trainkit/writers/handout_pdf_writer.h"
#include "trainkit/writers/markdown_writer.h"
#include "trainkit/writers/scorm/scorm_writer.h"

namespace trainkit::writers {
namespace {

// A participant writer, given the participant view of the program.
template <ParticipantWriteFn kWrite>
Status ForParticipants(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                       Diagnostics& diagnostics) {
  if (!PassesFactGate(program, context, diagnostics)) return Status::Ok();
  return kWrite(resolve::ParticipantViewOf(program), context, out, diagnostics);
}

// A participant writer that scores answers, given the participant view and the assessment.
template <ScoredParticipantWriteFn kWrite>
Status ForScoredParticipants(const resolve::ResolvedProgram& program, const WriterContext& context,
                             OutputSink& out, Diagnostics& diagnostics) {
  if (!PassesFactGate(program, context, diagnostics)) return Status::Ok();
  return kWrite(resolve::ParticipantViewOf(program), resolve::AssessmentOf(program), context, out, diagnostics);
}

}  // namespace

const std::vector<Writer>& AllWriters() {
  const std::vector<std::string_view> kScormTemplates(std::begin(kScormPlayerFiles), std::end(kScormPlayerFiles));
  // name, extension, description, template files, write (with its view), uses_paper, takes_reference_docx,
  // delivery, scores_answers, print_layouts, takes_participants, shows_brand
  static const std::vector<Writer> writers = {
      {"guide-pdf", "pdf", "the facilitator guide, to print and teach from", {"pdf/style.json"}, &WriteGuidePdf,
       true, false, model::Delivery::kClassroom, false, true},
      {"handout-docx", "docx", "the participant handout, to edit in Word or LibreOffice and print",
       {"docx/styles.xml", "docx/settings.xml"}, &ForParticipants<&WriteHandoutDocx>, true, true},
      {"handout-pdf", "pdf", "the participant handout as a PDF, ready for a print shop", {"pdf/style.json"},
       &ForParticipants<&WriteHandoutPdf>, true, false, model::Delivery::kClassroom, false, true},
      {"attendance-pdf", "pdf", "an attendance sheet for the day, to print", {"pdf/style.json"},
       &ForParticipants<&WriteAttendancePdf>, true, false, model::Delivery::kClassroom, false, false, 1},
      {"certificates-pdf", "pdf", "a certificate of participation for each participant (--participants)",
       {"pdf/style.json"}, &ForParticipants<&WriteCertificatesPdf>, true, false, model::Delivery::kClassroom, false,
       false, 2},
      {"pretest-pdf", "pdf", "the pre-test as an answer sheet, to print for participants", {"pdf/style.json"},
       &ForParticipants<&WritePreTestPdf>, true},
      {"posttest-pdf", "pdf", "the post-test as an answer sheet, to print for participants", {"pdf/style.json"},
       &ForParticipants<&WritePostTestPdf>, true},
      {"evaluation-pdf", "pdf", "the evaluation form, to print for participants", {"pdf/style.json"},
       &ForParticipants<&WriteEvaluationPdf>, true},
      {"scoring-key-pdf", "pdf", "the scoring key of the pre- and post-test, for the facilitator",
       {"pdf/style.json"}, &WriteScoringKeyPdf, true},
      {"scorm12", "zip", "a SCORM 1.2 package, to import into an LMS (self-paced)", kScormTemplates,
       &ForScoredParticipants<&WriteScorm12>, false, false, model::Delivery::kSelfPaced, true},
      {"scorm2004", "zip", "a SCORM 2004 (4th edition) package, to import into an LMS (self-paced)", kScormTemplates,
       &ForScoredParticipants<&WriteScorm2004>, false, false, model::Delivery::kSelfPaced, true},
      {"markdown", "md", "what a reader alone reads, as Markdown, for wikis and websites (self-paced)", {},
       &ForParticipants<&WriteMarkdown>, false, false, model::Delivery::kSelfPaced, false, false, 0, false},
      {"guide-layout", "txt", "the facilitator guide's pages as text, to check the layout", {"pdf/style.json"},
       &WriteGuideLayout, true, false, model::Delivery::kClassroom, false, true},
      {"handout-layout", "txt", "the handout PDF's pages as text, to check the layout", {"pdf/style.json"},
       &ForParticipants<&WriteHandoutLayout>, true, false, model::Delivery::kClassroom, false, true},
      {"dump", "txt", "the resolved program as indented text, with where each piece came from", {}, &WriteDump, false,
       false, model::Delivery::kClassroom, false, false, 0, false},
  };
  return writers;
}

Status WriteBytes(const Writer& writer, const resolve::ResolvedProgram& program, const WriterContext& context,
                  std::string& out, Diagnostics& diagnostics, int* pages) {
  BytesSink sink(context.timestamp);
  Status status = writer.write(program, context, sink, diagnostics);
  if (pages) *pages = sink.page_count();
  return status.ok() ? sink.Finish(out) : status;
}

const Writer* FindWriter(std::string_view name) {
  for (const Writer& writer : AllWriters()) {
    if (writer.name == name) return &writer;
  }
  return nullptr;
}

}  // namespace trainkit::writers
