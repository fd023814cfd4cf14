#include "trainkit/writers/docx/picture.h"

namespace trainkit::writers::docx {

void WriteInlinePicture(render::XmlWriter& xml, const InlinePicture& picture) {
  const std::string n = std::to_string(picture.id), cx = std::to_string(picture.width),
                    cy = std::to_string(picture.height);
  xml.Start("w:r");
  xml.Start("w:drawing");
  xml.Start("wp:inline", {{"distT", "0"}, {"distB", "0"}, {"distL", "0"}, {"distR", "0"}});
  xml.Empty("wp:extent", {{"cx", cx}, {"cy", cy}});
  xml.Empty("wp:docPr", {{"id", n}, {"name", "Picture " + n}, {"descr", picture.description}});
  xml.Start("a:graphic", {{"xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"}});
  xml.Start("a:graphicData", {{"uri", "http://schemas.openxmlformats.org/drawingml/2006/picture"}});
  xml.Start("pic:pic", {{"xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"}});
  xml.Start("pic:nvPicPr");
  xml.Empty("pic:cNvPr", {{"id", n}, {"name", "Picture " + n}, {"descr", picture.description}});
  xml.Empty("pic:cNvPicPr");
  xml.End();
  xml.Start("pic:blipFill");
  xml.Empty("a:blip", {{"r:embed", picture.relationship}});
  xml.Start("a:stretch");
  xml.Empty("a:fillRect");
  xml.End();
  xml.End();
  xml.Start("pic:spPr");
  xml.Start("a:xfrm");
  xml.Empty("a:off", {{"x", "0"}, {"y", "0"}});
  xml.Empty("a:ext", {{"cx", cx}, {"cy", cy}});
  xml.End();
  xml.Start("a:prstGeom", {{"prst", "rect"}});
  xml.Empty("a:avLst");
  xml.End();
  xml.End();
  xml.End();  // pic:pic
  xml.End();  // a:graphicData
  xml.End();  // a:graphic
  xml.End();  // wp:inline
  xml.End();  // w:drawing
  xml.End();  // w:r
}

}  // namespace trainkit::writers::docx
