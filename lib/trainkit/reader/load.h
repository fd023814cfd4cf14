// Loads a curriculum folder: curriculum.xml, every countries/<CC>.xml and every
// translations/<language>.xml beside it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "trainkit/base/diagnostic.h"
#include "trainkit/model/adaptation.h"
#include "trainkit/model/curriculum.h"
#include "trainkit/model/translation.h"

namespace trainkit::reader {

struct LoadedCurriculum {
  std::optional<model::Curriculum> curriculum;  // nullopt when curriculum.xml is unusable
  std::vector<model::Adaptation> adaptations;   // in file-name order
  std::vector<model::LanguagePack> translations;  // translations/*.xml, in file-name order
  bool io_failed = false;                       // some file could not be read at all (E001)
};

// `path` is a curriculum folder or its curriculum.xml; diagnostics name files relative to it
// as written. Each file is read, checked against the embedded schema when the reader found
// no error in it (so one mistake is not reported twice), and turned into the model.
LoadedCurriculum LoadCurriculum(const std::filesystem::path& path, Diagnostics& diagnostics);

// The curriculum folders under `root` (each a directory with a curriculum.xml), sorted.
std::vector<std::filesystem::path> FindCurricula(const std::filesystem::path& root);

}  // namespace trainkit::reader
