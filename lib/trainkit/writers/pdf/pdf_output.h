// What every PDF trainkit prints shares, whatever it says: the style (and --paper), the
// interface words, the fonts, the images, the check that the fonts have every character,
// the layout and the document's properties. A writer builds its Flow in between.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "trainkit/base/diagnostic.h"
#include "trainkit/base/status.h"
#include "trainkit/render/media_catalog.h"
#include "trainkit/writers/pdf/brand_marks.h"
#include "trainkit/writers/pdf/layout_engine.h"
#include "trainkit/writers/pdf/podofo_document.h"
#include "trainkit/writers/pdf/style.h"
#include "trainkit/writers/ui_strings.h"
#include "trainkit/writers/writer.h"

namespace trainkit::writers::pdf {

// A PDF on its way: set up, then laid out, then painted.
struct PdfOutput {
  std::string name;  // "the guide", as messages name it (MediaUse::output)
  Style style;          // of a page as it is read: a booklet's is half a sheet
  bool booklet = false;
  UiStrings strings;
  PodofoDocument document;
  std::map<std::string, double> image_aspects;  // of each image the document holds (kBrandLogo too)
  const model::Brand* brand = nullptr;  // the organisation's (WriterContext::brand), or null
  LayoutResult layout;
  DocumentInfo info;
  bool complete = false;  // false when a diagnostic (E180) means nothing may be written
};

// Reads the style (pdf/style.json, with --paper, then the brand's colours and fonts), the
// interface words, the fonts, and every image of `media` the PDF can take; an image it cannot
// take is left out and reported. The brand's logo it cannot take is an error.
Status SetUpPdf(const WriterContext& context, render::MediaCatalog& media, const render::MediaUse& use,
                Diagnostics& diagnostics, PdfOutput& pdf);

// Checks that the fonts have every character of `flow` (E180 for each that is missing: then
// nothing is laid out) and lays it out.
void LayOutPdf(const Flow& flow, const LayoutOptions& options, Diagnostics& diagnostics, PdfOutput& pdf);

// "Page 3 of 12", in the document's language: every PDF's footer.
std::function<std::string(int page, int pages)> PageOfFooter(const UiStrings& strings);

// What the PDF's properties say of every program: title, authors (the organisation, when
// there is a brand), language, keywords, date.
DocumentInfo ProgramInfo(const resolve::ProgramDescription& program, const Date& date,
                         const model::Brand* brand = nullptr);

// The laid-out pages as a PDF, or as the layout dump; nothing when the layout is incomplete.
Status WritePdf(PdfOutput& pdf, OutputSink& out);
Status WriteLayout(const PdfOutput& pdf, OutputSink& out);

}  // namespace trainkit::writers::pdf
