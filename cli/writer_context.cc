#include "writer_context.h"

#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "trainkit/package/zip_reader.h"
#include "trainkit/writers/pdf/style.h"

namespace trainkit::cli {
namespace fs = std::filesystem;

namespace {

std::optional<std::string> ReadAll(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

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

std::optional<fs::path> FindFontFile(const fs::path& templates, const std::string& name) {
  for (const fs::path& folder : {templates / "fonts", SystemFontFolder()}) {
    std::error_code error;
    if (fs::is_regular_file(folder / name, error)) return folder / name;
  }
  return std::nullopt;
}

Status FindFont(const fs::path& templates, const std::string& name, std::string& path) {
  if (auto found = FindFontFile(templates, name)) {
    path = found->string();
    return Status::Ok();
  }
  std::string package = DebianPackageOf(name);
  std::string install = package.empty() ? "" : fmt::format("install Debian's {} (apt-get install {}), or ", package, package);
  return Status::Error(fmt::format("template: font '{}' not found in {} or {}; {}put the file into {}", name,
                                   (templates / "fonts").string(), SystemFontFolder().string(), install,
                                   (templates / "fonts").string() + "/"));
}

std::vector<fs::path> FontFilesOf(const fs::path& templates) {
  std::vector<fs::path> files;
  auto style = ReadAll(templates / "pdf" / "style.json");
  writers::pdf::Style parsed;
  if (!style || !writers::pdf::ParseStyle(*style, parsed).ok()) return files;
  for (const std::string& name : parsed.fonts) {
    if (auto found = FindFontFile(templates, name)) files.push_back(*found);
  }
  return files;
}

fs::path DefaultTemplateFolder() {
  std::error_code error;
  fs::path program = fs::read_symlink("/proc/self/exe", error);
  if (!error) {
    fs::path installed = (program.parent_path() / TRAINKIT_INSTALLED_TEMPLATES).lexically_normal();
    if (fs::is_directory(installed, error)) return installed;
  }
  return TRAINKIT_TEMPLATES_DIR;
}

Status ReadReferenceDocx(const fs::path& path, std::shared_ptr<const writers::ReferenceDocx>& reference) {
  auto bytes = ReadAll(path);
  if (!bytes) return Status::Error(fmt::format("reference DOCX {}: cannot read it", path.string()));
  auto read = std::make_shared<writers::ReferenceDocx>();
  read->name = path.string();
  Status status = package::ReadZip(*bytes, read->parts);
  if (!status.ok()) return Status::Error(fmt::format("reference DOCX {}: {}", path.string(), status.message()));
  reference = std::move(read);
  return Status::Ok();
}

std::string FormatsTakingReferenceDocx() {
  std::string names;
  for (const writers::Writer& writer : writers::AllWriters()) {
    if (writer.takes_reference_docx) names += (names.empty() ? "" : ", ") + std::string(writer.name);
  }
  return names;
}

Status MakeWriterContext(const writers::Writer& writer, const resolve::ResolvedProgram& program,
                         const fs::path& templates, const fs::path& curriculum_folder, const std::string& paper,
                         writers::WriterContext& context) {
  for (std::string_view name : writer.template_files) {
    auto text = ReadAll(templates / name);
    if (!text) return Status::Error(fmt::format("template: cannot read {}", (templates / name).string()));
    context.templates.emplace(name, std::move(*text));
  }
  auto english = ReadAll(templates / "strings" / "en.json");
  if (!english) return Status::Error(fmt::format("template: cannot read {}", (templates / "strings/en.json").string()));
  context.english_strings_json = *english;
  context.template_folder = templates.string();
  // "ro-MD" uses ro-MD.json if there is one, else ro.json.
  std::string language = program.language;
  auto strings = ReadAll(templates / "strings" / (language + ".json"));
  if (!strings) strings = ReadAll(templates / "strings" / (language.substr(0, language.find('-')) + ".json"));
  context.strings_json = strings.value_or("");

  context.find_font = [templates](const std::string& name, std::string& path) {
    return FindFont(templates, name, path);
  };
  context.load_media = [curriculum_folder](const std::string& source) { return ReadAll(curriculum_folder / source); };
  context.paper = paper;
  context.timestamp = program.date;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && seconds >= 0) context.timestamp = Date::FromDaysSinceEpoch(seconds / 86400);
  }
  return Status::Ok();
}

}  // namespace trainkit::cli
