#include "trainkit/writers/scorm/content_version.h"

#include "trainkit/base/sha256.h"

namespace trainkit::writers::scorm {

std::string ContentVersion(std::string_view curriculum_version, const std::vector<const PackageFile*>& files) {
  // Each name and each length is part of what is hashed, so moving bytes from one file to
  // the next, or renaming a file, changes the digest too.
  std::string all;
  for (const PackageFile* file : files) {
    all += file->name;
    all += '\0';
    all += std::to_string(file->bytes.size());
    all += '\0';
    all += file->bytes;
  }
  return std::string(curriculum_version) + "+" + Sha256Hex(all).substr(0, 8);
}

}  // namespace trainkit::writers::scorm
