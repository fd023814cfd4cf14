// Reads brand.json: an organisation's name, logo, colours, fonts, contact and website
// (model::Brand), checked whole before any output is made.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "trainkit/base/diagnostic.h"
#include "trainkit/base/source_file.h"
#include "trainkit/model/brand.h"

namespace trainkit::reader {

// What reading a brand needs from the file system, so that the reader itself touches none.
struct BrandFiles {
  // The bytes of the file at `path` (as brand.json names it, relative to it), or an error
  // message in `error` (and nullopt).
  std::function<std::optional<std::string>(const std::string& path, std::string& error)> read;
  // Where the font file `name` is: beside brand.json, in the template, or on the system; nullopt
  // when nowhere.
  std::function<std::optional<std::string>(const std::string& name)> find_font;
  // Why the PDFs could not embed the font file at `path` or the logo `bytes` (PNG or JPEG),
  // or empty when they can; unset: not checked.
  std::function<std::string(const std::string& path)> font_problem;
  std::function<std::string(const std::string& bytes)> image_problem;
};

// The brand in `file`, or nullopt after reporting why not: a file that is not JSON, an
// unknown key, no name, a colour that is not "#rrggbb", a website that is not an http(s) URL,
// a font file not found or not a font (E189); a logo that is not named relative to the file,
// cannot be read, is not a PNG, JPEG or SVG, or is damaged (E193). Each at its line and column.
std::optional<model::Brand> ReadBrand(const SourceFilePtr& file, const BrandFiles& files, Diagnostics& diagnostics);

// The longer side, in pixels, an SVG logo is drawn at: sharp at 300 dpi on a guide's cover.
inline constexpr int kSvgLogoPixels = 1200;

}  // namespace trainkit::reader
