#include "trainkit/writers/docx/run.h"

namespace trainkit::writers::docx {

void WriteRun(render::XmlWriter& xml, std::string_view text, const RunFormat& format) {
  if (text.empty()) return;
  xml.Start("w:r");
  xml.Start("w:rPr");
  if (!format.style_id.empty()) xml.Empty("w:rStyle", {{"w:val", format.style_id}});
  if (format.bold) xml.Empty("w:b");
  if (format.italic) xml.Empty("w:i");
  if (!format.language.empty()) xml.Empty("w:lang", {{"w:val", format.language}});
  xml.End();
  xml.TextElement("w:t", text, {{"xml:space", "preserve"}});
  xml.End();
}

}  // namespace trainkit::writers::docx
