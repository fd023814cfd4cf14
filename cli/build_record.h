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
#include "trainkit/model/brand.h"

namespace trainkit::cli {

// The manifest.json of curriculum `index`, from the outputs planned for it and their results.
// `reference_docx` is the reference DOCX the handouts took, or empty; `strings` the folder of
// interface words given with --strings, or empty; `brand` the brand the outputs took, or null.
// `checked` is the digest of the files the build checked (BuildInputs::CheckedDigest).
std::string BuildRecord(const std::vector<BuildCurriculum>& curricula, size_t index,
                        const std::vector<PlannedOutput>& outputs, const std::vector<OutputResult>& results,
                        const BuildInputs& inputs, const std::string& checked,
                        const std::filesystem::path& reference_docx, const std::filesystem::path& strings = {},
                        const model::Brand* brand = nullptr);

// An output as a record lists it.
struct RecordedOutput {
  std::string inputs;  // the digest of its inputs; empty in records of older versions
  size_t bytes = 0;
  std::string sha256;
  int warnings = 0;
  int pages = 0;  // of a PDF; 0 for other formats
};

// What a record says of the last build: the digest of the files it checked, and the outputs
// it lists, by path relative to its curriculum's folder.
struct RecordedBuild {
  std::string checked;
  std::map<std::string, RecordedOutput> outputs;
};

// The record at `path`; empty when there is none or it cannot be read (the build then makes
// everything).
RecordedBuild ReadBuildRecord(const std::filesystem::path& path);

// Marks each output up to date whose record entry has the inputs it has now and whose file is
// still there with the recorded size, and fills its result from the record.
void MarkUpToDate(std::vector<PlannedOutput>& outputs, const RecordedBuild& recorded, size_t curriculum,
                  std::vector<OutputResult>& results);

}  // namespace trainkit::cli
