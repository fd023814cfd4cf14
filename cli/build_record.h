// The record a build keeps of itself, <output>/<curriculum>/manifest.json: every file it
// wrote with its format, country, audience, size, SHA-256 and number of warnings, the hashes
// of everything it read (the curriculum folder, the template folder, the fonts and any
// reference DOCX), and the trainkit version. No clock time: two builds of the same inputs
// write the same record.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "build_plan.h"
#include "build_runner.h"

namespace trainkit::cli {

// The manifest.json of curriculum `index`, from the outputs planned for it and their results.
// `reference_docx` is the reference DOCX the handouts took, or empty; `strings` the folder of
// interface words given with --strings, or empty.
std::string BuildRecord(const std::vector<BuildCurriculum>& curricula, size_t index,
                        const std::vector<PlannedOutput>& outputs, const std::vector<OutputResult>& results,
                        const std::filesystem::path& templates, const std::filesystem::path& reference_docx,
                        const std::filesystem::path& strings = {});

}  // namespace trainkit::cli
