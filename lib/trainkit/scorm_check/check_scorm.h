// Vetting a SCORM package that anyone made, before an LMS imports it: the zip's safety, the
// manifest, and what the manifest names against what the zip holds.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "trainkit/base/diagnostic.h"
#include "trainkit/scorm_check/manifest_rules.h"
#include "trainkit/scorm_check/package_inspection.h"

namespace trainkit::scorm_check {

struct CheckLimits {
  InspectionLimits inspection;
  // A package over the LMS's upload limit fails at upload, when the course is due, rather than
  // here. Moodle's limit is its site's and PHP's upload_max_filesize, which hosts set; 100 MiB
  // (PHP's "100M") is a common cap there and on hosted LMSs. An administrator who knows the
  // real limit gives it (check-scorm --upload-limit).
  uint64_t upload_warning_bytes = uint64_t{100} << 20;
};

struct ScormCheck {
  Diagnostics diagnostics;
  bool io_failed = false;  // the file could not be read at all (E001): nothing else was checked
  bool opened = false;     // the file is a zip whose list of entries could be read
  // The version an LMS takes the package for; nullopt when its manifest could not be read.
  std::optional<ScormVersion> version;
  size_t files = 0;             // entries that are not folders
  uint64_t unpacked_bytes = 0;  // their sizes added up, as the zip declares them
  uint64_t package_bytes = 0;   // the zip's own size: what is uploaded
};

// Checks the package at `path`, named `display_path` in diagnostics ("course.zip"; its
// manifest is "course.zip:imsmanifest.xml"). Every problem found is in the result, sorted by
// place; library and I/O failures too, as diagnostics: nothing is thrown.
ScormCheck CheckScormPackage(const std::filesystem::path& path, const std::string& display_path,
                             const CheckLimits& limits = {});

// The same for a package in memory.
ScormCheck CheckScormBytes(const std::string& bytes, const std::string& display_path, const CheckLimits& limits = {});

}  // namespace trainkit::scorm_check
