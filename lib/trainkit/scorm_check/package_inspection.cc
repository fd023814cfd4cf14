#include "trainkit/scorm_check/package_inspection.h"

#include <fmt/format.h>

#include <cctype>
#include <memory>
#include <set>

#include "trainkit/base/utf8.h"
#include "trainkit/package/zip_reader.h"

namespace trainkit::scorm_check {
namespace {

// The names of the zip format's compression methods (APPNOTE 4.4.5) other than Store and Deflate.
std::string MethodName(int32_t method) {
  switch (method) {
    case 6: return "Implode";
    case 9: return "Deflate64 (which Windows Explorer uses for large files)";
    case 12: return "bzip2";
    case 14: return "LZMA";
    case 93: return "Zstandard";
    case 95: return "XZ";
    case 98: return "PPMd";
    default: return fmt::format("method {}", method);
  }
}

// Why an entry's path leaves the folder it is unpacked into, or "" when it stays inside.
// Backslashes count as separators here: Windows unpackers take them as such.
std::string LeavesPackage(const std::string& name) {
  std::string path = name;
  for (char& c : path) {
    if (c == '\\') c = '/';
  }
  if (!path.empty() && path[0] == '/') return "has an absolute path";
  if (path.size() >= 2 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':') {
    return "starts with a drive letter";
  }
  int depth = 0;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string_view segment(path.data() + start, end - start);
    if (segment == "..") {
      if (--depth < 0) return "climbs out of the package with '..'";
    } else if (!segment.empty() && segment != ".") {
      ++depth;
    }
    start = end + 1;
  }
  return "";
}

class Inspector {
 public:
  Inspector(const SourceFilePtr& package, Diagnostics& diagnostics, const InspectionLimits& limits)
      : package_(package), diagnostics_(diagnostics), limits_(limits) {}

  PackageInspection Run(Status opened, const package::ZipArchive* archive);

 private:
  void Report(Code code, std::string message) { diagnostics_.Report(code, {package_, 0, 0}, std::move(message)); }
  // Checks what the list of entries says of each; true when the entry may be unpacked.
  bool CheckEntry(const package::ZipEntryInfo& entry, std::set<std::string>& seen);
  void Unpack(const package::ZipArchive& archive, size_t index);

  const SourceFilePtr& package_;
  Diagnostics& diagnostics_;
  const InspectionLimits& limits_;
  PackageInspection result_;
};

bool Inspector::CheckEntry(const package::ZipEntryInfo& entry, std::set<std::string>& seen) {
  std::string name = Printable(entry.name);
  std::string leaves = LeavesPackage(entry.name);
  if (!leaves.empty()) {
    Report(Code::E202, fmt::format("entry '{}' {}: an unpacker that follows it writes outside the course's "
                                   "folder ('zip slip')",
                                   name, leaves));
  }
  bool backslash = entry.name.find('\\') != std::string::npos;
  if (backslash) {
    Report(Code::E203, fmt::format("entry '{}' has a backslash in its name: the tool that made the package "
                                   "meant a folder, but the zip format and LMSs on Linux take it as part of "
                                   "the file's name, so the file is not found where the manifest says; zip "
                                   "the package with a tool that writes '/'",
                                   name));
  }
  if (!seen.insert(entry.name).second) {
    Report(Code::E204, fmt::format("entry '{}' is in the package twice: unzip programs and LMSs keep one or "
                                   "the other, so what learners get depends on the LMS",
                                   name));
    return false;
  }
  bool folder = !entry.name.empty() && entry.name.back() == '/';
  if (!folder) {
    ++result_.file_count;
    result_.unpacked_bytes += entry.size;
    if (leaves.empty() && !backslash) result_.files.push_back(entry.name);
  }
  if (entry.encrypted) {
    Report(Code::E205, fmt::format("entry '{}' is encrypted: an LMS has no password to unpack it; zip the "
                                   "package without a password",
                                   name));
    return false;
  }
  if (!entry.compression_supported) {
    Report(Code::E209, fmt::format("entry '{}' is compressed with {}: libzip, and PHP's ZipArchive that "
                                   "Moodle unpacks with, cannot unpack it; zip the package with Deflate (or "
                                   "Store)",
                                   name, MethodName(entry.compression_method)));
    return false;
  }
  if (entry.size >= limits_.ratio_floor_bytes &&
      static_cast<double>(entry.size) > limits_.max_compression_ratio * static_cast<double>(entry.compressed_size)) {
    std::string ratio = entry.compressed_size == 0
                            ? std::string("from nothing")
                            : fmt::format("from {} bytes, {:.0f} to 1", entry.compressed_size,
                                          static_cast<double>(entry.size) / static_cast<double>(entry.compressed_size));
    Report(Code::E207, fmt::format("entry '{}' unpacks to {} bytes {}: no real file compresses past {:.0f} "
                                   "to 1; that is the mark of a zip bomb, and it was not unpacked",
                                   name, entry.size, ratio, limits_.max_compression_ratio));
    return false;
  }
  return !folder;
}

void Inspector::Unpack(const package::ZipArchive& archive, size_t index) {
  const package::ZipEntryInfo& entry = archive.entries()[index];
  bool manifest = entry.name == "imsmanifest.xml";
  if (manifest && entry.size > limits_.max_manifest_bytes) {
    result_.manifest_too_large = true;
    manifest = false;
  }
  std::string data;
  uint64_t unpacked = 0;
  Status status = archive.Read(index, entry.size, unpacked, manifest ? &data : nullptr);
  if (!status.ok()) {
    Report(Code::E201, fmt::format("entry '{}' is damaged and cannot be unpacked (libzip: {})", Printable(entry.name),
                                   status.message()));
    return;
  }
  if (unpacked > entry.size) {
    Report(Code::E206, fmt::format("entry '{}' unpacks to more than the {} bytes it declares: a zip bomb that "
                                   "lies about its size; unpacking stopped there",
                                   Printable(entry.name), entry.size));
    return;
  }
  if (manifest) result_.manifest = std::move(data);
}

PackageInspection Inspector::Run(Status opened, const package::ZipArchive* archive) {
  if (!opened.ok()) {
    Report(Code::E201, fmt::format("the package is not a zip archive, or a damaged one (libzip: {}); a SCORM "
                                   "package is a zip file with imsmanifest.xml at its root",
                                   opened.message()));
    return result_;
  }
  result_.opened = true;
  const auto& entries = archive->entries();
  if (entries.size() > limits_.max_entries) {
    Report(Code::E208, fmt::format("the package has {} entries, more than the {} a course needs: an archive "
                                   "made to exhaust the unpacker; nothing else was checked",
                                   entries.size(), limits_.max_entries));
    for (const auto& entry : entries) {
      if (entry.name.empty() || entry.name.back() == '/') continue;
      ++result_.file_count;
      result_.unpacked_bytes += entry.size;
    }
    return result_;
  }
  result_.entries_checked = true;
  std::set<std::string> seen;
  std::vector<size_t> to_unpack;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (CheckEntry(entries[i], seen)) to_unpack.push_back(i);
  }
  // libzip's own check refuses a name given twice, which E204 has reported already.
  if (seen.size() == entries.size()) {
    Status consistent = archive->CheckConsistency();
    if (!consistent.ok()) {
      Report(Code::E201, fmt::format("the package is a damaged zip archive: its list of entries disagrees with "
                                     "the entries themselves (libzip: {}); unzip programs and LMSs may each "
                                     "read it differently",
                                     consistent.message()));
    }
  }
  if (result_.unpacked_bytes > limits_.max_unpacked_bytes) {
    Report(Code::E206, fmt::format("the package declares that it unpacks to {}, more than the limit of {}: a "
                                   "zip bomb, or a package no LMS would take; nothing was unpacked",
                                   SizeText(result_.unpacked_bytes), SizeText(limits_.max_unpacked_bytes)));
    return result_;
  }
  // Every entry is unpacked (into nothing but the manifest), as the LMS will: a damaged one
  // fails here rather than at import.
  for (size_t index : to_unpack) Unpack(*archive, index);
  return result_;
}

}  // namespace

std::string SizeText(uint64_t bytes) {
  if (bytes < 1000) return fmt::format("{} bytes", bytes);
  double size = static_cast<double>(bytes);
  if (bytes < 1000000) return fmt::format("{:.1f} kB ({} bytes)", size / 1e3, bytes);
  if (bytes < 1000000000) return fmt::format("{:.1f} MB ({} bytes)", size / 1e6, bytes);
  return fmt::format("{:.1f} GB ({} bytes)", size / 1e9, bytes);
}

std::string Printable(std::string_view text) {
  std::string valid = ReplaceInvalidUtf8(text);
  std::string shown;
  for (size_t at = 0; at < valid.size();) {
    char32_t c = NextCodePoint(valid, at);
    bool control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
    AppendUtf8(shown, control ? U'\uFFFD' : c);
  }
  return shown;
}

PackageInspection InspectPackageFile(const std::filesystem::path& path, const SourceFilePtr& package,
                                     Diagnostics& diagnostics, const InspectionLimits& limits) {
  std::unique_ptr<package::ZipArchive> archive;
  Status opened = package::ZipArchive::OpenFile(path, archive);
  return Inspector(package, diagnostics, limits).Run(opened, archive.get());
}

PackageInspection InspectPackageBytes(const std::string& bytes, const SourceFilePtr& package,
                                      Diagnostics& diagnostics, const InspectionLimits& limits) {
  std::unique_ptr<package::ZipArchive> archive;
  Status opened = package::ZipArchive::OpenBytes(bytes, archive);
  return Inspector(package, diagnostics, limits).Run(opened, archive.get());
}

}  // namespace trainkit::scorm_check
