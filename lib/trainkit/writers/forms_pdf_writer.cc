#include "trainkit/writers/forms_pdf_writer.h"

#include <functional>

#include "trainkit/render/media_catalog.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/writers/pdf/forms_content.h"
#include "trainkit/writers/pdf/pdf_output.h"

namespace trainkit::writers {
namespace {

using namespace pdf;

// A form: the brand's masthead, then the form; the running header names the form and the
// program, unless it is a page to hand over (a certificate, which has the masthead on each
// page); the properties say what it is.
// `media`: the images it may show (the evaluation form's), or none.
Status WriteForm(const resolve::ProgramDescription& program, const WriterContext& context, const char* title_key,
                 const std::function<Flow(const PdfOutput&)>& build, OutputSink& out, Diagnostics& diagnostics,
                 bool running_header = true, render::MediaCatalog* media = nullptr) {
  PdfOutput form;
  render::MediaCatalog no_images;
  Status status = SetUpPdf(context, media ? *media : no_images, {"the form", "printed"}, diagnostics, form);
  if (!status.ok()) return status;
  const UiStrings& strings = form.strings;
  LayoutOptions options;
  Flow flow;
  if (running_header) {
    options.header = {strings.Get(title_key), render::PlainText(program.title)};
    options.footer = PageOfFooter(strings);
    AddBrandToPages(form.brand, form.image_aspects, options);
    flow = BrandMasthead(form.brand, form.image_aspects, 32);
    if (!flow.empty()) flow.push_back(Spacer{12});
  }
  for (auto& block : build(form)) flow.push_back(std::move(block));
  LayOutPdf(flow, options, diagnostics, form);
  form.info = ProgramInfo(program, context.timestamp, form.brand);
  form.info.subject = strings.Get(title_key);
  return WritePdf(form, out);
}

}  // namespace

Status WriteAttendancePdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics) {
  static const std::vector<reader::Participant> kNobody;
  const auto& participants = context.participants ? *context.participants : kNobody;
  return WriteForm(program, context, "attendance_sheet",
                   [&](const PdfOutput& pdf) { return BuildAttendanceSheet(program, participants, pdf.strings); }, out,
                   diagnostics);
}

Status WritePreTestPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                       Diagnostics& diagnostics) {
  return WriteForm(program, context, "form_pre_test",
                   [&](const PdfOutput& pdf) { return BuildAnswerSheet(program, model::ItemUse::kPreTest, pdf.strings); },
                   out, diagnostics);
}

Status WritePostTestPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                        Diagnostics& diagnostics) {
  return WriteForm(program, context, "form_post_test",
                   [&](const PdfOutput& pdf) { return BuildAnswerSheet(program, model::ItemUse::kPostTest, pdf.strings); },
                   out, diagnostics);
}

Status WriteCertificatesPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                            Diagnostics& diagnostics) {
  if (!context.participants || context.participants->empty()) {
    return Status::Error("certificates-pdf needs the participants: --participants FILE.csv");
  }
  return WriteForm(program, context, "certificate_title",
                   [&](const PdfOutput& pdf) {
                     return BuildCertificates(program, *context.participants, pdf.strings,
                                              BrandMasthead(pdf.brand, pdf.image_aspects, 48));
                   },
                   out, diagnostics, /*running_header=*/false);
}

Status WriteEvaluationPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics) {
  // The program with nothing but its evaluation forms: their images alone are loaded.
  resolve::ParticipantProgram forms = program;
  bool any = false;
  for (auto& module : forms.modules) {
    std::vector<resolve::Handout> kept;
    for (auto& handout : module.participant.handouts) {
      if (handout.evaluation_form) kept.push_back(std::move(handout));
    }
    any = any || !kept.empty();
    module.participant = resolve::ParticipantModule{};
    module.participant.handouts = std::move(kept);
  }
  forms.summary.clear();
  forms.glossary.clear();
  if (!any) {
    diagnostics.Report(Code::E187, {},
                       "this program has no evaluation form: mark the handout that is one <handout form=\"evaluation\">, "
                       "in a module of this track, for this audience and delivery");
    return Status::Ok();
  }
  const render::MediaUse use{"the evaluation form", "printed"};
  auto media = render::MediaCatalog::Load(forms, context.load_media, use, diagnostics);
  return WriteForm(forms, context, "evaluation_form",
                   [&](const PdfOutput& pdf) { return BuildEvaluationForm(forms, pdf.strings, pdf.image_aspects); },
                   out, diagnostics, true, &media);
}

Status WriteScoringKeyPdf(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics) {
  return WriteForm(program, context, "scoring_key",
                   [&](const PdfOutput& pdf) { return BuildScoringKey(program, pdf.strings); }, out, diagnostics);
}

}  // namespace trainkit::writers
