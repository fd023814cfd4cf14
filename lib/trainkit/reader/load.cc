#include "trainkit/reader/load.h"

#include <algorithm>

#include "trainkit/reader/reader.h"
#include "trainkit/xml/document.h"
#include "trainkit/xml/schema.h"

namespace trainkit::reader {
namespace fs = std::filesystem;
namespace {

// Parses one file's text and reads it with `read`, then checks the schema if reading was clean.
template <typename Read>
auto LoadSource(const SourceFilePtr& source, Diagnostics& diagnostics, Read read)
    -> decltype(read(std::declval<const xml::Document&>(), diagnostics)) {
  Diagnostics local;
  auto document = xml::ParseText(source, local);
  decltype(read(*document, local)) result;
  if (document) {
    result = read(*document, local);
    if (result && !local.has_errors()) document->Validate(xml::CurriculumSchema(), local);
  }
  diagnostics.Append(local);
  return result;
}

// Reads the file at `path` and loads it with `load`.
template <typename Load>
auto LoadPath(const Env& env, const fs::path& path, Diagnostics& diagnostics, bool& io_failed, Load load)
    -> decltype(load(SourceFilePtr{}, diagnostics)) {
  Diagnostics local;
  SourceFilePtr source = xml::ReadSource(env, path, path.generic_string(), local);
  io_failed = io_failed || local.Has(Code::E001);
  diagnostics.Append(local);
  if (!source) return {};
  return load(source, diagnostics);
}

}  // namespace

fs::path CurriculumPaths::CountryFile(const std::string& country) const {
  return (folder / "countries" / (country + ".xml")).lexically_normal();
}

fs::path CurriculumPaths::TranslationFile(const std::string& language) const {
  return (folder / "translations" / (language + ".xml")).lexically_normal();
}

CurriculumPaths PathsOf(const Env& env, const fs::path& path) {
  bool is_folder = env.KindOf(path) == Env::Kind::kFolder;
  fs::path folder = is_folder ? path : path.parent_path();
  fs::path file = is_folder ? path / "curriculum.xml" : path;
  return {folder.empty() ? fs::path(".") : folder, file.lexically_normal()};
}

std::optional<model::Curriculum> LoadCurriculumFile(const SourceFilePtr& source, Diagnostics& diagnostics) {
  return LoadSource(source, diagnostics, ReadCurriculum);
}

std::optional<model::Adaptation> LoadAdaptationFile(const SourceFilePtr& source, Diagnostics& diagnostics) {
  return LoadSource(source, diagnostics, ReadAdaptation);
}

std::optional<model::LanguagePack> LoadTranslationFile(const SourceFilePtr& source, Diagnostics& diagnostics) {
  return LoadSource(source, diagnostics, ReadLanguagePack);
}

std::vector<std::string> XmlStemsIn(const Env& env, const fs::path& folder) {
  std::vector<std::string> stems;
  for (const std::string& name : env.List(folder)) {
    fs::path file(name);
    if (file.extension() == ".xml") stems.push_back(file.stem().string());
  }
  return stems;
}

LoadedCurriculum LoadCurriculum(const Env& env, const fs::path& path, Diagnostics& diagnostics) {
  LoadedCurriculum loaded;
  CurriculumPaths paths = PathsOf(env, path);
  loaded.curriculum = LoadPath(env, paths.curriculum_file, diagnostics, loaded.io_failed, LoadCurriculumFile);
  if (loaded.curriculum) loaded.curriculum->folder = paths.folder;

  for (const std::string& country : XmlStemsIn(env, paths.folder / "countries")) {
    auto adaptation = LoadPath(env, paths.CountryFile(country), diagnostics, loaded.io_failed, LoadAdaptationFile);
    if (adaptation) loaded.adaptations.push_back(std::move(*adaptation));
  }
  for (const std::string& language : XmlStemsIn(env, paths.folder / "translations")) {
    auto pack = LoadPath(env, paths.TranslationFile(language), diagnostics, loaded.io_failed, LoadTranslationFile);
    if (pack) loaded.translations.push_back(std::move(*pack));
  }
  return loaded;
}

LoadedCurriculum LoadCurriculum(const fs::path& path, Diagnostics& diagnostics) {
  return LoadCurriculum(DiskEnv(), path, diagnostics);
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
