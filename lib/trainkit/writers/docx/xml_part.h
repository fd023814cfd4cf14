// An XML part the handout takes from outside trainkit (a file of the template folder, a part of
// a reference DOCX): parsed with libxml2 before it is used, so that a broken one stops the
// export at its place instead of being copied into a DOCX that Word refuses to open.
#pragma once

#include <memory>
#include <string>

#include "trainkit/base/status.h"
#include "trainkit/xml/document.h"

namespace trainkit::writers::docx {

// Parses `text`; `name` names it in messages. Sets `document` and returns Ok, or returns
// "name:line:column: error[E005]: malformed XML: …" (libxml2's first complaint) when the text is
// not well-formed XML, is not UTF-8 or declares a DTD.
Status ParseXmlPart(const std::string& name, std::string text, std::unique_ptr<xml::Document>& document);

}  // namespace trainkit::writers::docx
