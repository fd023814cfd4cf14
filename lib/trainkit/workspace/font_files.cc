#include "trainkit/workspace/font_files.h"

#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>

#include "trainkit/writers/pdf/style.h"

namespace trainkit {
namespace fs = std::filesystem;

namespace {

// Where Debian's fonts-dejavu-core and fonts-dejavu-extra put the DejaVu fonts; another
// system's folder can be named in TRAINKIT_SYSTEM_FONTS.
fs::path SystemFontFolder() {
  const char* folder = std::getenv("TRAINKIT_SYSTEM_FONTS");
  return folder && *folder ? folder : "/usr/share/fonts/truetype/dejavu";
}

// The Debian package that holds a DejaVu font file: the core package has only the upright
// faces; the oblique, italic and condensed ones are in the extra package.
std::string DebianPackageOf(const std::string& font) {
  static const std::set<std::string> kCore = {"DejaVuSans.ttf",     "DejaVuSans-Bold.ttf",     "DejaVuSansMono.ttf",
                                              "DejaVuSansMono-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"};
  static const std::set<std::string> kExtra = {
      "DejaVuSans-Oblique.ttf",           "DejaVuSans-BoldOblique.ttf",       "DejaVuSans-ExtraLight.ttf",
      "DejaVuSansCondensed.ttf",          "DejaVuSansCondensed-Bold.ttf",     "DejaVuSansCondensed-Oblique.ttf",
      "DejaVuSansCondensed-BoldOblique.ttf", "DejaVuSansMono-Oblique.ttf",    "DejaVuSansMono-BoldOblique.ttf",
      "DejaVuSerif-Italic.ttf",           "DejaVuSerif-BoldItalic.ttf",       "DejaVuSerifCondensed.ttf",
      "DejaVuSerifCondensed-Bold.ttf",    "DejaVuSerifCondensed-Italic.ttf",  "DejaVuSerifCondensed-BoldItalic.ttf",
      "DejaVuMathTeXGyre.ttf"};
  if (kCore.count(font)) return "fonts-dejavu-core";
  if (kExtra.count(font)) return "fonts-dejavu-extra";
  return "";
}

}  // namespace

std::optional<FontFile> FindFontFile(const fs::path& templates, const std::string& name) {
  std::error_code error;
  if (fs::is_regular_file(templates / "fonts" / name, error)) return FontFile{name, templates / "fonts" / name, true};
  if (fs::is_regular_file(SystemFontFolder() / name, error)) return FontFile{name, SystemFontFolder() / name, false};
  return std::nullopt;
}

Status FindFont(const fs::path& templates, const std::string& name, std::string& path) {
  if (auto found = FindFontFile(templates, name)) {
    path = found->path.string();
    return Status::Ok();
  }
  std::string package = DebianPackageOf(name);
  std::string install = package.empty() ? "" : fmt::format("install Debian's {} (apt-get install {}), or ", package, package);
  return Status::Error(fmt::format("template: font '{}' not found in {} or {}; {}put the file into {}", name,
                                   (templates / "fonts").string(), SystemFontFolder().string(), install,
                                   (templates / "fonts").string() + "/"));
}

std::vector<FontFile> FontFilesOf(const fs::path& templates) {
  std::vector<FontFile> files;
  std::ifstream in(templates / "pdf" / "style.json", std::ios::binary);
  std::string style{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  writers::pdf::Style parsed;
  if (!in || !writers::pdf::ParseStyle(style, parsed).ok()) return files;
  for (const std::string& name : parsed.fonts) {
    if (auto found = FindFontFile(templates, name)) files.push_back(*found);
  }
  return files;
}

}  // namespace trainkit
