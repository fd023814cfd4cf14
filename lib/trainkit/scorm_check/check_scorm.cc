#include "trainkit/scorm_check/check_scorm.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>

#include "trainkit/xml/document.h"

namespace trainkit::scorm_check {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kManifest = "imsmanifest.xml";

bool IsUtf8Name(const std::string& encoding) {
  std::string lower = encoding;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return lower == "utf-8" || lower == "utf8";
}

// Reports where the manifest is, when it is not at the root: the commonest mistake is a
// package zipped from the folder above the course, which puts everything one folder down.
void ReportMissingManifest(const std::vector<std::string>& files, const SourceFilePtr& package,
                           Diagnostics& diagnostics) {
  const std::string* nested = nullptr;
  const std::string* other_case = nullptr;
  for (const std::string& file : files) {
    size_t slash = file.rfind('/');
    std::string_view name = std::string_view(file).substr(slash == std::string::npos ? 0 : slash + 1);
    bool same = name.size() == kManifest.size() &&
                std::equal(name.begin(), name.end(), kManifest.begin(), [](char a, char b) {
                  return std::tolower(static_cast<unsigned char>(a)) == b;
                });
    if (!same) continue;
    if (slash == std::string::npos) {
      other_case = &file;
    } else if (!nested || std::count(file.begin(), file.end(), '/') < std::count(nested->begin(), nested->end(), '/')) {
      nested = &file;
    }
  }
  if (nested) {
    std::string folder = Printable(nested->substr(0, nested->rfind('/') + 1));
    diagnostics.Report(Code::E211, {package, 0, 0},
                       fmt::format("the package's manifest is '{}', in the folder '{}', not at the package's root, "
                                   "where LMSs look for it: the package was zipped from the folder above the "
                                   "course; zip what is inside '{}' instead",
                                   Printable(*nested), folder, folder));
    return;
  }
  std::string hint = other_case ? fmt::format(": it has '{}', and the name must be all lower case", Printable(*other_case))
                                : std::string(": an LMS cannot import it");
  diagnostics.Report(Code::E210, {package, 0, 0}, "the package has no imsmanifest.xml at its root" + hint);
}

// Parses the manifest's text and checks it; the version it declares, if it could be read.
std::optional<ScormVersion> CheckManifestText(std::string text, const std::vector<std::string>& files,
                                              const std::string& display_path, Diagnostics& diagnostics) {
  auto file = std::make_shared<SourceFile>(display_path + ":" + std::string(kManifest), std::move(text));
  const std::string& contents = file->contents();
  bool utf16 = contents.size() >= 2 && ((contents[0] == '\xFF' && contents[1] == '\xFE') ||
                                        (contents[0] == '\xFE' && contents[1] == '\xFF'));
  std::string encoding = utf16 ? "UTF-16" : xml::DeclaredEncoding(contents);
  if (!encoding.empty() && !IsUtf8Name(encoding)) {
    // Legal XML, which LMSs read; trainkit's parser reads UTF-8 only.
    diagnostics.Report(Code::W214, {file, 1, 1},
                       fmt::format("the manifest is in {}, not UTF-8: check-scorm reads UTF-8 manifests only, so "
                                   "nothing in it was checked; saving it as UTF-8 changes nothing for an LMS",
                                   Printable(encoding)));
    return std::nullopt;
  }
  Diagnostics parsing;
  std::unique_ptr<xml::Document> manifest = xml::ParseText(file, parsing);
  // The parser speaks of curricula and gives its own codes; here a broken manifest is one
  // problem, with the parser's words and place.
  for (Diagnostic diagnostic : parsing.items()) {
    if (diagnostic.code == Code::E002) diagnostic.message = "imsmanifest.xml is empty";
    if (diagnostic.code == Code::E006) {
      diagnostic.message = "imsmanifest.xml has a DOCTYPE: no SCORM manifest needs one, and its entities could "
                           "make an LMS's XML parser read the server's files or expand without bound; remove it";
    }
    if (diagnostic.code == Code::E003 && diagnostic.location.line == 0) {
      diagnostic.message = "imsmanifest.xml is a binary file, not XML text";
    }
    diagnostic.code = Code::E212;
    diagnostics.Add(std::move(diagnostic));
  }
  if (!manifest) return std::nullopt;
  return CheckManifest(*manifest, files, diagnostics);
}

// libzip takes a file of no bytes for an archive with no entries; an LMS does not.
bool ReportEmpty(const SourceFilePtr& package, ScormCheck& result) {
  if (result.package_bytes > 0) return false;
  result.diagnostics.Report(Code::E201, {package, 0, 0},
                            "the package is an empty file: a SCORM package is a zip file with imsmanifest.xml at "
                            "its root");
  return true;
}

void CheckInspected(const PackageInspection& inspection, const SourceFilePtr& package, const CheckLimits& limits,
                    ScormCheck& result) {
  result.opened = inspection.opened;
  result.files = inspection.file_count;
  result.unpacked_bytes = inspection.unpacked_bytes;
  if (result.package_bytes > limits.upload_warning_bytes) {
    result.diagnostics.Report(
        Code::W240, {package, 0, 0},
        fmt::format("the package is {}, more than the upload limit of {}: LMS sites commonly refuse uploads past "
                    "100 MiB (Moodle's limit is its site's and PHP's upload_max_filesize); ask the LMS's "
                    "administrator for the limit and check against it with --upload-limit, or make the media "
                    "smaller",
                    SizeText(result.package_bytes), SizeText(limits.upload_warning_bytes)));
  }
  if (!inspection.entries_checked) return;
  bool at_root = std::find(inspection.files.begin(), inspection.files.end(), kManifest) != inspection.files.end();
  if (inspection.manifest_too_large) {
    result.diagnostics.Report(Code::E212, {package, 0, 0},
                              fmt::format("imsmanifest.xml unpacks to more than {} bytes, more than any manifest "
                                          "needs; it was not read",
                                          limits.inspection.max_manifest_bytes));
  } else if (inspection.manifest) {
    result.version = CheckManifestText(*inspection.manifest, inspection.files, package->path(), result.diagnostics);
  } else if (!at_root) {
    ReportMissingManifest(inspection.files, package, result.diagnostics);
  }
  // An imsmanifest.xml that is there but could not be unpacked was reported as damaged (E201).
}

}  // namespace

ScormCheck CheckScormPackage(const fs::path& path, const std::string& display_path, const CheckLimits& limits) {
  ScormCheck result;
  auto package = std::make_shared<SourceFile>(display_path, "");
  auto cannot_read = [&](const std::string& why) {
    result.diagnostics.Report(Code::E001, {package, 0, 0}, "cannot read file: " + why);
    result.io_failed = true;
    return result;
  };
  std::error_code error;
  auto status = fs::status(path, error);
  if (error || !fs::exists(status)) return cannot_read("no such file");
  if (fs::is_directory(status)) {
    return cannot_read("it is a directory; a SCORM package is a zip file (zip what is inside the folder)");
  }
  if (!fs::is_regular_file(status)) return cannot_read("not a regular file");
  // Opened here, so that a file that cannot be read is told apart from a file that is no zip.
  if (!std::ifstream(path, std::ios::binary).is_open()) return cannot_read(std::strerror(errno));
  result.package_bytes = fs::file_size(path, error);
  if (ReportEmpty(package, result)) return result;
  PackageInspection inspection = InspectPackageFile(path, package, result.diagnostics, limits.inspection);
  CheckInspected(inspection, package, limits, result);
  result.diagnostics.Sort();
  return result;
}

ScormCheck CheckScormBytes(const std::string& bytes, const std::string& display_path, const CheckLimits& limits) {
  ScormCheck result;
  auto package = std::make_shared<SourceFile>(display_path, "");
  result.package_bytes = bytes.size();
  if (ReportEmpty(package, result)) return result;
  PackageInspection inspection = InspectPackageBytes(bytes, package, result.diagnostics, limits.inspection);
  CheckInspected(inspection, package, limits, result);
  result.diagnostics.Sort();
  return result;
}

}  // namespace trainkit::scorm_check
