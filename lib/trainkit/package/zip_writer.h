// Zip archives built in memory with libzip, the same bytes for the same entries: every entry
// dated alike and added in the order given (DOCX and SCORM packages are zips).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "trainkit/base/date.h"
#include "trainkit/base/status.h"

namespace trainkit::package {

struct ZipEntry {
  std::string name;  // with forward slashes
  std::string data;
  bool stored = false;  // kept uncompressed (a SCORM or ODF "mimetype", say)
};

// Writes the archive of `entries`, in their order, each dated midnight UTC of `date`, to `out`.
Status BuildZip(const std::vector<ZipEntry>& entries, const Date& date, std::string& out);

}  // namespace trainkit::package
