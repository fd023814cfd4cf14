// Where the guide's font files come from: the template's fonts/ folder, then the system's
// DejaVu folder (Debian's fonts-dejavu-core and fonts-dejavu-extra), and how to get one that
// is missing.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "trainkit/base/status.h"

namespace trainkit {

struct FontFile {
  std::string name;  // as the style names it: "DejaVuSans.ttf"
  std::filesystem::path path;
  bool from_template = false;  // in the template's fonts/ folder, else the system's
};

// The font file `name`, or nullopt when neither folder has it.
std::optional<FontFile> FindFontFile(const std::filesystem::path& templates, const std::string& name);

// As FindFontFile, for a writer: sets `path`, or returns an error naming the folders searched
// and how to get the file (the Debian package that has it, or the template's fonts/ folder).
Status FindFont(const std::filesystem::path& templates, const std::string& name, std::string& path);

// The font files the template's guide style names, as found; those not found are left out.
std::vector<FontFile> FontFilesOf(const std::filesystem::path& templates);

}  // namespace trainkit
