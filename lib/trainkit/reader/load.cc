#include "trainkit/reader/load.h"

#include <algorithm>

#include "trainkit/reader/reader.h"
#include "trainkit/xml/document.h"
#include "trainkit/xml/schema.h"

namespace trainkit::reader {
namespace fs = std::filesystem;
namespace {

// Parses one file and reads it with `read`, then checks the schema if reading was clean.
template <typename Read>
auto LoadFile(const fs::path& path, Diagnostics& diagnostics, bool& io_failed, Read read)
    -> decltype(read(std::declval<const xml::Document&>(), diagnostics)) {
  Diagnostics local;
  auto document = xml::ParseFile(path, path.generic_string(), local);
  decltype(read(*document, local)) result;
  if (document) {
    result = read(*document, local);
    if (result && !local.has_errors()) document->Validate(xml::CurriculumSchema(), local);
  }
  io_failed = io_failed || local.Has(Code::E001);
  diagnostics.Append(local);
  return result;
}

// The .xml files of `folder`, sorted; none when it does not exist.
std::vector<fs::path> XmlFilesIn(const fs::path& folder) {
  std::vector<fs::path> files;
  std::error_code error;
  if (!fs::is_directory(folder, error)) return files;
  for (const auto& entry : fs::directory_iterator(folder, error)) {
    if (entry.path().extension() == ".xml") files.push_back(entry.path().lexically_normal());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

LoadedCurriculum LoadCurriculum(const fs::path& path, Diagnostics& diagnostics) {
  LoadedCurriculum loaded;
  std::error_code error;
  bool is_folder = fs::is_directory(path, error);
  fs::path folder = is_folder ? path : path.parent_path();
  fs::path file = is_folder ? path / "curriculum.xml" : path;

  loaded.curriculum = LoadFile(file.lexically_normal(), diagnostics, loaded.io_failed, ReadCurriculum);
  if (loaded.curriculum) loaded.curriculum->folder = folder.empty() ? fs::path(".") : folder;

  for (const fs::path& country_file : XmlFilesIn(folder / "countries")) {
    if (auto adaptation = LoadFile(country_file, diagnostics, loaded.io_failed, ReadAdaptation)) {
      loaded.adaptations.push_back(std::move(*adaptation));
    }
  }
  for (const fs::path& translation_file : XmlFilesIn(folder / "translations")) {
    if (auto pack = LoadFile(translation_file, diagnostics, loaded.io_failed, ReadLanguagePack)) {
      loaded.translations.push_back(std::move(*pack));
    }
  }
  return loaded;
}

std::vector<fs::path> FindCurricula(const fs::path& root) {
  std::vector<fs::path> folders;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(root, error)) {
    if (entry.is_directory(error) && fs::is_regular_file(entry.path() / "curriculum.xml", error)) {
      folders.push_back(entry.path().lexically_normal());
    }
  }
  std::sort(folders.begin(), folders.end());
  return folders;
}

}  // namespace trainkit::reader
