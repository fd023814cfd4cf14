// What the fuzz targets make of their input: a curriculum, and optionally a country adaptation
// after a marker line, parsed, read, schema-checked and validated as `trainkit validate` does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "trainkit/reader/load.h"

namespace trainkit::fuzz {

// Separates the curriculum from the adaptation in an input, and what comes before from a
// translation (translations/xx.xml) after it.
inline constexpr const char* kAdaptationMarker = "\n<!--trainkit-fuzz-adaptation-->\n";
inline constexpr const char* kTranslationMarker = "\n<!--trainkit-fuzz-translation-->\n";

// The loaded, validated curriculum; false when it has errors (or no curriculum at all).
bool LoadFuzzInput(const uint8_t* data, size_t size, reader::LoadedCurriculum& loaded);

// The versions programs are resolved for: "" (the international one) and each adaptation's country.
std::vector<std::string> VersionsOf(const reader::LoadedCurriculum& loaded);

}  // namespace trainkit::fuzz
