// What each output of a build is made from, as one digest, so that a build can tell, as ninja
// does, which outputs the last build made from the same inputs: the files of its program (the
// curriculum's own files, its country's adaptation, its language's translations), the template
// folder, the fonts, the interface words and reference DOCX given, trainkit's version, the
// options that change the bytes, and the day facts are checked against.
#pragma once

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "build_plan.h"
#include "build_runner.h"

namespace trainkit::cli {

// Every file under `folder` (symbolic links followed), by path relative to it, with its size
// and SHA-256, sorted: what the build record lists as the inputs it read. `complete` is set
// to false when a folder could not be listed or a file read.
nlohmann::json FilesUnder(const std::filesystem::path& folder, bool* complete = nullptr);

// Whether `writer` sets pages in the guide's style, and so in its fonts.
bool UsesFonts(const writers::Writer& writer);

class BuildInputs {
 public:
  BuildInputs(const std::vector<BuildCurriculum>& curricula, const RenderOptions& options,
              const std::string& werror);

  // The digest of what `output` is made from: 64 hex digits; empty when some file could not
  // be listed or read, so that nothing counts as up to date.
  std::string DigestOf(const PlannedOutput& output) const;

  // The digest of the files a build of `countries` (as --country takes them; empty: all)
  // checks in curriculum `index`: all but the adaptations of the countries left out, as
  // ConcerningBuild counts them. A build with every output up to date checks nothing again
  // only when this is what the last build checked.
  std::string CheckedDigest(size_t index, const std::set<std::string>& countries) const;

  // What the record lists: every file of curriculum `index`, and of the template folder.
  const nlohmann::json& CurriculumFiles(size_t index) const { return curriculum_files_[index]; }
  const nlohmann::json& TemplateFiles() const { return template_files_; }
  // The fonts, by name and folder (not path: the same fonts give the same record anywhere).
  const nlohmann::json& FontFiles() const { return font_files_; }
  // The files of the --strings folder; empty when none was given.
  const nlohmann::json& StringsFiles() const { return strings_files_; }

 private:
  const std::vector<BuildCurriculum>& curricula_;
  std::vector<nlohmann::json> curriculum_files_;
  // Per curriculum, by path relative to its folder: every file but the countries' and the
  // translations', which belong to the programs that read them.
  std::vector<std::string> shared_digests_;
  std::vector<std::map<std::string, std::string>> hashes_;
  nlohmann::json template_files_;
  nlohmann::json font_files_;
  nlohmann::json strings_files_;
  std::string common_;          // version, build, dates, options every format takes, templates, strings
  std::string fonts_;           // the fonts, for the formats with pages laid out by trainkit
  std::string paper_;           // for the formats with pages
  std::string scoring_;         // for the formats that score a final assessment
  std::string reference_docx_;  // for the formats that take one
  std::string brand_;           // for the formats that show one: BrandLine()
  bool complete_ = true;        // every file under every folder was listed and read
};

}  // namespace trainkit::cli
