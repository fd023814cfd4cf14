// The PDF side of the guide: fonts and their metrics from PoDoFo, and the painter that copies
// a PageList onto PDF pages.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <string>

#include "trainkit/base/date.h"
#include "trainkit/base/status.h"
#include "trainkit/writers/pdf/layout_engine.h"

namespace PoDoFo {
class PdfMemDocument;
class PdfFont;
}  // namespace PoDoFo

namespace trainkit::writers::pdf {

struct DocumentInfo {
  std::string title, author, subject, keywords, language;
  Date date;
};

class PodofoDocument : public TextMeasurer {
 public:
  PodofoDocument();
  ~PodofoDocument() override;

  // Embeds the four faces from these font files. Error when one cannot be loaded.
  Status LoadFonts(const std::array<std::string, 4>& paths);
  // Embeds one face from a font file. Error when it cannot be loaded.
  Status LoadFont(Face face, const std::string& path);
  // Whether the face has a glyph for the code point.
  bool HasGlyph(Face face, char32_t code_point) const;
  double Width(std::string_view utf8, Face face, double size) const override;

  // Adds an image (PNG or JPEG bytes); its height / width, or an error if it is unreadable.
  Status AddImage(const std::string& source, const std::string& bytes, double& aspect);

  // Paints the pages and writes the whole document to `out`.
  Status Write(const PageList& pages, const DocumentInfo& info, std::string& out);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace trainkit::writers::pdf
