// A picture in a line of text (<w:drawing><wp:inline>), as the body's images and the header's
// logo are written: Word and LibreOffice both read this form.
#pragma once

#include <string>

#include "trainkit/render/xml_writer.h"

namespace trainkit::writers::docx {

struct InlinePicture {
  std::string relationship;  // the r:id of the image part, in the part that holds the picture
  long long width = 0, height = 0;  // EMU
  int id = 1;                // unique among the drawings of the part
  std::string description;   // alt text
};

// <w:r><w:drawing>…</w:drawing></w:r>; the element holding it declares the r: namespace.
void WriteInlinePicture(render::XmlWriter& xml, const InlinePicture& picture);

}  // namespace trainkit::writers::docx
