// A run of WordprocessingML text (w:r) with its properties in the order the schema wants them:
// character style, bold, italic, language.
#pragma once

#include <string>
#include <string_view>

#include "trainkit/render/xml_writer.h"

namespace trainkit::writers::docx {

struct RunFormat {
  std::string style_id;  // a character style's id, or empty
  bool bold = false;
  bool italic = false;
  std::string language;  // w:lang on the run itself, so spelling is checked whatever the styles
};

// Writes nothing for empty text.
void WriteRun(render::XmlWriter& xml, std::string_view text, const RunFormat& format);

}  // namespace trainkit::writers::docx
