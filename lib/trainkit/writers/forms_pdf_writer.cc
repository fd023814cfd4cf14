#include "trainkit/writers/forms_pdf_writer.h"

#include <functional>

#include "trainkit/render/media_catalog.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/writers/pdf/forms_content.h"
#include "trainkit/writers/pdf/pdf_output.h"

namespace trainkit::writers {
namespace {

using namespace pdf;

// A form: no images; the running header names the form and the program, unless it is a page
// to hand over (a certificate); the properties say what it is.
Status WriteForm(const resolve::ProgramDescription& program, const WriterContext& context, const char* title_key,
                 const std::function<Flow(const UiStrings&)>& build, OutputSink& out, Diagnostics& diagnostics,
                 bool running_header = true) {
  PdfOutput form;
  render::MediaCatalog no_images;
  Status status = SetUpPdf(context, no_images, {"the form", "printed"}, diagnostics, form);
  if (!status.ok()) return status;
  const UiStrings& strings = form.strings;
  LayoutOptions options;
  if (running_header) {
    options.header = {strings.Get(title_key), render::PlainText(program.title)};
    options.footer = [&](int page, int pages) {
      return strings.Format("page_of", {{"page", std::to_string(page)}, {"pages", std::to_string(pages)}});
    };
  }
  LayOutPdf(build(strings), options, diagnostics, form);
  form.info = ProgramInfo(program, context.timestamp);
  form.info.subject = strings.Get(title_key);
  return WritePdf(form, out);
}

}  // namespace

Status WriteAttendancePdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics) {
  static const std::vector<reader::Participant> kNobody;
  const auto& participants = context.participants ? *context.participants : kNobody;
  return WriteForm(program, context, "attendance_sheet",
                   [&](const UiStrings& strings) { return BuildAttendanceSheet(program, participants, strings); }, out,
                   diagnostics);
}

Status WritePreTestPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                       Diagnostics& diagnostics) {
  return WriteForm(program, context, "form_pre_test",
                   [&](const UiStrings& strings) { return BuildAnswerSheet(program, model::ItemUse::kPreTest, strings); },
                   out, diagnostics);
}

Status WritePostTestPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                        Diagnostics& diagnostics) {
  return WriteForm(program, context, "form_post_test",
                   [&](const UiStrings& strings) { return BuildAnswerSheet(program, model::ItemUse::kPostTest, strings); },
                   out, diagnostics);
}

Status WriteCertificatesPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                            Diagnostics& diagnostics) {
  if (!context.participants) return Status::Error("certificates-pdf needs the participants: --participants FILE.csv");
  return WriteForm(program, context, "certificate_title",
                   [&](const UiStrings& strings) { return BuildCertificates(program, *context.participants, strings); },
                   out, diagnostics, /*running_header=*/false);
}

Status WriteEvaluationPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics) {
  bool any = false;
  for (const auto& module : program.modules) {
    for (const auto& handout : module.participant.handouts) any = any || handout.evaluation_form;
  }
  if (!any) {
    diagnostics.Report(Code::E187, {},
                       "this program has no evaluation form: mark the handout that is one <handout form=\"evaluation\">, "
                       "in a module of this track, for this audience and delivery");
    return Status::Ok();
  }
  return WriteForm(program, context, "evaluation_form",
                   [&](const UiStrings& strings) { return BuildEvaluationForm(program, strings); }, out, diagnostics);
}

Status WriteScoringKeyPdf(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics) {
  return WriteForm(program, context, "scoring_key",
                   [&](const UiStrings& strings) { return BuildScoringKey(program, strings); }, out, diagnostics);
}

}  // namespace trainkit::writers
