// A SCORM package looked at as a zip archive, before its manifest is read: every entry listed
// and unpacked (into nothing but the manifest) within limits, and what makes the archive
// unsafe or unreadable for an LMS reported with its own code.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "trainkit/base/diagnostic.h"

namespace trainkit::scorm_check {

struct InspectionLimits {
  // Authoring tools' packages hold hundreds to a few thousand files; an archive of tens of
  // thousands of entries is made to exhaust the unpacker (its file table, the LMS's disk
  // quota of files), not to teach.
  size_t max_entries = 10000;
  // No LMS takes an upload near this; an archive that unpacks to more is a bomb or a mistake,
  // and checking stops there rather than unpack it for minutes.
  uint64_t max_unpacked_bytes = uint64_t{2} << 30;
  // Text, HTML and scripts compress 3 to 20 times, media hardly at all; only data that is
  // nearly all one repeated byte, the stuff of zip bombs, passes 500 (deflate's ceiling is
  // about 1032). Entries under 1 MiB are let through: there the ratio costs nothing.
  double max_compression_ratio = 500;
  uint64_t ratio_floor_bytes = uint64_t{1} << 20;
  // A manifest lists files; none needs more than this (the limit trainkit reads XML within).
  uint64_t max_manifest_bytes = uint64_t{32} << 20;
};

struct PackageInspection {
  bool opened = false;             // libzip could read the archive's list of entries
  bool entries_checked = false;    // each entry was looked at: not so when there were too many
  size_t file_count = 0;           // entries that are not folders
  // Those of them an LMS can serve, each name once: not those reported for a path that
  // leaves the package or has a backslash, which no manifest can name.
  std::vector<std::string> files;
  uint64_t unpacked_bytes = 0;     // the files' sizes added up, as the archive declares them
  // The text of imsmanifest.xml at the root, when it could be read whole.
  std::optional<std::string> manifest;
  bool manifest_too_large = false;
};

// Opens the zip at `path` (read as needed, never whole into memory); `package` names it in
// diagnostics (E201-E209). The caller has checked that the file can be read.
PackageInspection InspectPackageFile(const std::filesystem::path& path, const SourceFilePtr& package,
                                     Diagnostics& diagnostics, const InspectionLimits& limits = {});

// The same for an archive in memory.
PackageInspection InspectPackageBytes(const std::string& bytes, const SourceFilePtr& package,
                                      Diagnostics& diagnostics, const InspectionLimits& limits = {});

// "625 bytes", "8.2 kB (8157 bytes)", "123.4 MB (123400000 bytes)": sizes in messages, exact
// where rounding would hide how close to a limit they are.
std::string SizeText(uint64_t bytes);

// `text` made safe to print: bytes that are not UTF-8 and control characters (which could
// move a terminal's cursor or recolour it) become U+FFFD. Entry names come from strangers.
std::string Printable(std::string_view text);

}  // namespace trainkit::scorm_check
