#include "trainkit/writer_context.h"

#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>

#include "trainkit/workspace/font_files.h"
#include "trainkit/package/zip_reader.h"

namespace trainkit {
namespace fs = std::filesystem;

namespace {

std::optional<std::string> ReadAll(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// `folder`/<language>.json into `json`, naming it in `path`: "ro-MD" uses ro-MD.json if
// there is one, else ro.json. Nothing when neither exists.
void ReadStrings(const fs::path& folder, const std::string& language, std::string& json, std::string& path) {
  if (folder.empty()) return;
  for (const std::string& name : {language, language.substr(0, language.find('-'))}) {
    fs::path file = folder / (name + ".json");
    if (auto text = ReadAll(file)) {
      json = std::move(*text);
      path = file.string();
      return;
    }
  }
}

}  // namespace

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
                         writers::WriterContext& context, const fs::path& strings_folder) {
  for (std::string_view name : writer.template_files) {
    auto text = ReadAll(templates / name);
    if (!text) return Status::Error(fmt::format("template: cannot read {}", (templates / name).string()));
    context.templates.emplace(name, std::move(*text));
  }
  auto english = ReadAll(templates / "strings" / "en.json");
  if (!english) return Status::Error(fmt::format("template: cannot read {}", (templates / "strings/en.json").string()));
  context.english_strings_json = *english;
  context.template_folder = templates.string();
  context.language = program.language;
  ReadStrings(templates / "strings", program.language, context.strings_json, context.strings_path);
  ReadStrings(curriculum_folder / "strings", program.language, context.curriculum_strings_json,
              context.curriculum_strings_path);
  ReadStrings(strings_folder, program.language, context.extra_strings_json, context.extra_strings_path);

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

}  // namespace trainkit
