// The record a build keeps of itself, <output>/<curriculum>/manifest.json: every file it
// wrote (or found up to date) with its format, country, audience, size, SHA-256, number of
// warnings and the digest of its inputs; the hashes of everything it read (the curriculum
// folder, the template folder, the fonts and any reference DOCX), and the trainkit version.
// No clock time: two builds of the same inputs write the same record. The next build reads it
// to tell which outputs it need not make again.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "build_inputs.h"
#include "build_plan.h"
#include "build_runner.h"

namespace trainkit::cli {

// The manifest.json of curriculum `index`, from the outputs planned for it and their results.
// `reference_docx` is the reference DOCX the handouts took, or empty; `strings` the folder of
// interface words given with --strings, or empty.
std::string BuildRecord(const std::vector<BuildCurriculum>& curricula, size_t index,
                        const std::vector<PlannedOutput>& outputs, const std::vector<OutputResult>& results,
                        const BuildInputs& inputs, const std::filesystem::path& templates,
                        const std::filesystem::path& reference_docx, const std::filesystem::path& strings = {});

// An output as a record lists it.
struct RecordedOutput {
  std::string inputs;  // the digest of its inputs; empty in records of older versions
  size_t bytes = 0;
  std::string sha256;
  int warnings = 0;
};

// The outputs the record at `path` lists, by path relative to its curriculum's folder; none
// when there is no record or it cannot be read (the build then makes everything).
std::map<std::string, RecordedOutput> ReadBuildRecord(const std::filesystem::path& path);

// Marks each output up to date whose record entry has the inputs it has now and whose file is
// still there with the recorded size, and fills its result from the record.
void MarkUpToDate(std::vector<PlannedOutput>& outputs, const std::map<std::string, RecordedOutput>& recorded,
                  size_t curriculum, std::vector<OutputResult>& results);

}  // namespace trainkit::cli
