// Reading a zip archive (a reference DOCX, say) from memory, within limits: a damaged or
// hostile archive is an error, never a crash, a zip bomb or a path outside the archive.
#pragma once

#include <map>
#include <string>

#include "trainkit/base/status.h"

namespace trainkit::package {

struct ZipLimits {
  size_t max_entries = 2000;
  uint64_t max_entry_bytes = 64u << 20;
  uint64_t max_total_bytes = 256u << 20;
};

// The entries of the archive in `bytes`, by name. Error when it is not a zip, is damaged, has
// an entry named with ".." or an absolute path, or would unpack past the limits.
Status ReadZip(const std::string& bytes, std::map<std::string, std::string>& entries, const ZipLimits& limits = {});

}  // namespace trainkit::package
