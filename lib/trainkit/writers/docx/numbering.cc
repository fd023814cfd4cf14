#include "trainkit/writers/docx/numbering.h"

#include <fmt/format.h>

#include "trainkit/render/xml_writer.h"

namespace trainkit::writers::docx {

std::string ListNumbering::Add(bool ordered) {
  ordered_.push_back(ordered);
  return std::to_string(ordered_.size());
}

std::string ListNumbering::Part() const {
  render::XmlWriter x;
  x.Start("w:numbering", {{"xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}});
  const char* bullets[] = {"•", "–", "◦"};
  for (int abstract = 0; abstract < 2; ++abstract) {  // 0: bullets, 1: numbers
    x.Start("w:abstractNum", {{"w:abstractNumId", std::to_string(abstract)}});
    x.Empty("w:multiLevelType", {{"w:val", "hybridMultilevel"}});
    for (int level = 0; level < 3; ++level) {
      x.Start("w:lvl", {{"w:ilvl", std::to_string(level)}});
      x.Empty("w:start", {{"w:val", "1"}});
      x.Empty("w:numFmt", {{"w:val", abstract == 0 ? "bullet" : "decimal"}});
      x.Empty("w:lvlText", {{"w:val", abstract == 0 ? std::string(bullets[level]) : fmt::format("%{}.", level + 1)}});
      x.Empty("w:lvlJc", {{"w:val", "left"}});
      x.Start("w:pPr");
      x.Empty("w:ind", {{"w:left", std::to_string(720 * (level + 1))}, {"w:hanging", "360"}});
      x.End();
      x.End();
    }
    x.End();
  }
  for (size_t i = 0; i < ordered_.size(); ++i) {
    x.Start("w:num", {{"w:numId", std::to_string(i + 1)}});
    x.Empty("w:abstractNumId", {{"w:val", ordered_[i] ? "1" : "0"}});
    if (ordered_[i]) {
      x.Start("w:lvlOverride", {{"w:ilvl", "0"}});
      x.Empty("w:startOverride", {{"w:val", "1"}});
      x.End();
    }
    x.End();
  }
  return x.Finish();
}

}  // namespace trainkit::writers::docx
