// An organisation's colour and typeface in the handout's style sheet: its accent where
// trainkit's sheet has its own accent (the title, headings, rules, the note's bar), its font
// family as the document's default.
#pragma once

#include "trainkit/model/brand.h"
#include "trainkit/xml/document.h"

namespace trainkit::writers::docx {

// Changes the w:styles element `styles` (trainkit's own sheet, before a reference DOCX's is
// matched to it: a reference's styles keep their own colours and fonts). The sheet's accent
// is the colour of its Heading1 style; every use of that colour becomes the brand's accent.
void ApplyBrandStyles(const model::Brand& brand, xml::Node& styles);

}  // namespace trainkit::writers::docx
