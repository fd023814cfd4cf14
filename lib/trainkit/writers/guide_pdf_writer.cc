#include "trainkit/writers/guide_pdf_writer.h"

#include "trainkit/render/media_catalog.h"
#include "trainkit/render/plain_text.h"
#include "trainkit/writers/pdf/guide_content.h"
#include "trainkit/writers/pdf/pdf_output.h"

namespace trainkit::writers {
namespace {

using namespace pdf;

// Everything but the painting.
Status LayOutGuide(const resolve::ResolvedProgram& program, const WriterContext& context, Diagnostics& diagnostics,
                   PdfOutput& guide) {
  const render::MediaUse use{"the guide", "printed", false};
  auto media = render::MediaCatalog::Load(program, context.load_media, use, diagnostics);
  Status status = SetUpPdf(context, media, use, diagnostics, guide);
  if (!status.ok()) return status;
  const UiStrings& strings = guide.strings;

  LayoutOptions options;
  options.header = GuideHeader(program, strings);
  options.footer = PageOfFooter(strings);
  AddBrandToPages(guide.brand, guide.image_aspects, options);
  LayOutPdf(BuildGuide({program, strings, guide.image_aspects, guide.brand}), options, diagnostics, guide);

  guide.info = ProgramInfo(program, context.timestamp, guide.brand);
  guide.info.subject = strings.Get("facilitator_guide");
  for (const std::string& part : options.header) guide.info.subject += " · " + part;
  guide.info.subject += " · " + render::PlainText(program.track_title);
  return Status::Ok();
}

}  // namespace

Status WriteGuidePdf(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                     Diagnostics& diagnostics) {
  PdfOutput guide;
  Status status = LayOutGuide(program, context, diagnostics, guide);
  return status.ok() ? WritePdf(guide, out) : status;
}

Status WriteGuideLayout(const resolve::ResolvedProgram& program, const WriterContext& context, OutputSink& out,
                        Diagnostics& diagnostics) {
  PdfOutput guide;
  Status status = LayOutGuide(program, context, diagnostics, guide);
  return status.ok() ? WriteLayout(guide, out) : status;
}

}  // namespace trainkit::writers
