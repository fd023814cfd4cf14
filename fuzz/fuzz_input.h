// What the fuzz targets make of their input: a curriculum, and optionally a country adaptation
// after a marker line and a translation after another, as files in memory that a Workspace
// reads, parses, schema-checks and validates as `trainkit validate` does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "trainkit/env.h"
#include "trainkit/workspace.h"

namespace trainkit::fuzz {

// Separates the curriculum from the adaptation in an input, and what comes before from a
// translation after it.
inline constexpr const char* kAdaptationMarker = "\n<!--trainkit-fuzz-adaptation-->\n";
inline constexpr const char* kTranslationMarker = "\n<!--trainkit-fuzz-translation-->\n";

// The date outputs are checked against: fixed, so that a crash reproduces on any day.
inline constexpr Date kFuzzDate{2026, 11, 28};

class FuzzInput {
 public:
  // curriculum.xml, countries/<the country it names>.xml and translations/<its language>.xml
  // (named as a user would name them, so that a well-formed input gets past the file-name
  // checks to the writers), and the one image the seeds show.
  FuzzInput(const uint8_t* data, size_t size);

  // Validates every file and program; false when there are errors. Every diagnostic is also
  // printed as a user would see it: locations may point anywhere.
  bool Validates();

  Workspace& workspace() { return *workspace_; }
  const reader::LoadedCurriculum& loaded() { return workspace_->Check(Scope::Everything())->loaded; }

  // The versions programs are resolved for: "" (the international one) and each adaptation's country.
  std::vector<std::string> Versions();

 private:
  MemEnv env_;
  std::unique_ptr<Workspace> workspace_;  // made once the files are in place
};

}  // namespace trainkit::fuzz
