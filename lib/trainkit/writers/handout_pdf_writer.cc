#include "trainkit/writers/handout_pdf_writer.h"

#include "trainkit/render/media_catalog.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/writers/pdf/handout_content.h"
#include "trainkit/writers/pdf/pdf_output.h"

namespace trainkit::writers {
namespace {

using namespace pdf;

Status LayOutHandout(const resolve::ParticipantProgram& program, const WriterContext& context,
                     Diagnostics& diagnostics, PdfOutput& handout) {
  const render::MediaUse use{"the handout", "printed"};
  auto media = render::MediaCatalog::Load(program, context.load_media, use, diagnostics);
  Status status = SetUpPdf(context, media, use, diagnostics, handout);
  if (!status.ok()) return status;
  const UiStrings& strings = handout.strings;

  LayoutOptions options;
  options.header = HandoutHeader(program, strings);
  options.footer = PageOfFooter(strings);
  AddBrandToPages(handout.brand, handout.image_aspects, options);
  LayOutPdf(BuildHandout({program, strings, handout.image_aspects, handout.brand}), options, diagnostics, handout);

  handout.info = ProgramInfo(program, context.timestamp, handout.brand);
  handout.info.subject = strings.Get("participant_handout") + " · " + render::PlainText(program.audience_name);
  return Status::Ok();
}

}  // namespace

Status WriteHandoutPdf(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                       Diagnostics& diagnostics) {
  PdfOutput handout;
  Status status = LayOutHandout(program, context, diagnostics, handout);
  return status.ok() ? WritePdf(handout, out) : status;
}

Status WriteHandoutLayout(const resolve::ParticipantProgram& program, const WriterContext& context, OutputSink& out,
                          Diagnostics& diagnostics) {
  PdfOutput handout;
  Status status = LayOutHandout(program, context, diagnostics, handout);
  return status.ok() ? WriteLayout(handout, out) : status;
}

}  // namespace trainkit::writers
