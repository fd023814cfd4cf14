// What an organisation's brand puts on a PDF's pages: a masthead where the document begins
// (its logo, name, website and contact) and, on every later page, its logo in the running
// header and its name and website in the footer.
#pragma once

#include <map>
#include <string>

#include "trainkit/model/brand.h"
#include "trainkit/writers/pdf/flow.h"
#include "trainkit/writers/pdf/layout_engine.h"

namespace trainkit::writers::pdf {

// The brand's logo among a PDF's images (PdfOutput::image_aspects).
inline constexpr const char* kBrandLogo = "brand:logo";

// The logo (at most `logo_height` points tall and half the text wide, centred; no alt text,
// as the name follows it), then the name in bold and a small line with website and
// contact, all centred. Empty without a brand; no logo when the brand has none or the PDF
// could not take it (it is not in `image_aspects`).
Flow BrandMasthead(const model::Brand* brand, const std::map<std::string, double>& image_aspects,
                   double logo_height);

// The logo at the right of the running header, the name and website at the left of the footer.
void AddBrandToPages(const model::Brand* brand, const std::map<std::string, double>& image_aspects,
                     LayoutOptions& options);

}  // namespace trainkit::writers::pdf
