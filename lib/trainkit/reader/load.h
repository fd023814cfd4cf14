// Loads a curriculum's files: curriculum.xml, countries/<CC>.xml and translations/<language>.xml
// beside it, each parsed, read into the model and checked against the embedded schema.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/env.h"
#include "trainkit/model/adaptation.h"
#include "trainkit/model/curriculum.h"
#include "trainkit/model/translation.h"

namespace trainkit::reader {

struct LoadedCurriculum {
  std::optional<model::Curriculum> curriculum;  // nullopt when curriculum.xml is unusable
  std::vector<model::Adaptation> adaptations;   // in file-name order
  std::vector<model::LanguagePack> translations;  // translations/*.xml, in file-name order
  bool io_failed = false;                       // some file could not be read at all (E001)
  // When only some files were read (one program's), the names of all of them: the countries
  // of countries/*.xml and the languages of translations/*.xml, sorted. Empty otherwise.
  std::vector<std::string> country_files, translation_files;
};

// Where a curriculum's files are: `path` is a curriculum folder or its curriculum.xml.
struct CurriculumPaths {
  std::filesystem::path folder;  // "." rather than empty
  std::filesystem::path curriculum_file;
  std::filesystem::path CountryFile(const std::string& country) const;
  std::filesystem::path TranslationFile(const std::string& language) const;
};
CurriculumPaths PathsOf(const Env& env, const std::filesystem::path& path);

// One file read through `env`, parsed, read and checked against the schema when the reader
// found no error in it (so one mistake is not reported twice). Null or nullopt when unusable;
// `io_failed` is set when the file could not be read at all.
std::optional<model::Curriculum> LoadCurriculumFile(const SourceFilePtr& source, Diagnostics& diagnostics);
std::optional<model::Adaptation> LoadAdaptationFile(const SourceFilePtr& source, Diagnostics& diagnostics);
std::optional<model::LanguagePack> LoadTranslationFile(const SourceFilePtr& source, Diagnostics& diagnostics);

// The stems of the .xml files in `folder` ("UA" for countries/UA.xml), in file-name order.
std::vector<std::string> XmlStemsIn(const Env& env, const std::filesystem::path& folder);

// Every file of the curriculum at `path`; diagnostics name files relative to it as written.
LoadedCurriculum LoadCurriculum(const Env& env, const std::filesystem::path& path, Diagnostics& diagnostics);
// The same, from the disk.
LoadedCurriculum LoadCurriculum(const std::filesystem::path& path, Diagnostics& diagnostics);

// The curriculum folders under `root` (each a directory with a curriculum.xml), sorted.
std::vector<std::filesystem::path> FindCurricula(const std::filesystem::path& root);

}  // namespace trainkit::reader
