// Writing a parsed tree back out as XML text: what trainkit changes in a document it took from
// outside (a reference DOCX's styles or header) is written with every other element,
// attribute, prefix and namespace declaration as it was read.
#pragma once

#include <string>
#include <string_view>

#include "trainkit/xml/document.h"

namespace trainkit::xml {

// `root` and everything under it as a UTF-8 document with a standalone declaration. Each element
// and attribute is written with its prefix and each element with the namespace declarations it
// has; text and attribute values are escaped. Comments and processing instructions, which the
// parser does not keep, are not written.
std::string Serialize(const Node& root);

// Appends `text` to `out` escaped for XML: as element text, or (`attribute`) as an attribute
// value between double quotes.
void AppendEscaped(std::string_view text, bool attribute, std::string& out);

}  // namespace trainkit::xml
