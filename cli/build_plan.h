// What `trainkit build` makes: every program of each curriculum (the international version
// and each country, each audience, each track) in each format, narrowed by the filters.
#pragma once

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "export_command.h"
#include "trainkit/resolve/program.h"
#include "trainkit/resolve/resolve.h"
#include "trainkit/workspace.h"
#include "trainkit/writers/writer.h"

namespace trainkit::cli {

// A curriculum with what the build read of it. It has no errors where the build looks: in
// curriculum.xml and the adaptations of the countries built (see ConcerningBuild).
struct BuildCurriculum {
  std::filesystem::path folder;
  std::unique_ptr<Workspace> workspace;
  // Every file as read to plan (Scope::Outline), then, once checked, as checked.
  std::shared_ptr<const CheckedFiles> files;
  const reader::LoadedCurriculum& loaded() const { return files->loaded; }
  const Diagnostics& diagnostics() const { return files->diagnostics; }
};

struct BuildFilters {
  std::set<std::string> countries;  // "intl" for the international version; empty: all
  std::set<std::string> audiences;  // empty: all
  std::vector<const writers::Writer*> formats;
};

struct PlannedOutput {
  size_t curriculum = 0;  // index into the curricula
  resolve::Request request;  // the program
  ProgramName name;
  const writers::Writer* writer = nullptr;
  std::string path;      // where it goes
  std::string relative;  // the same, relative to its curriculum's folder under the output
  std::string inputs;    // a digest of everything it is made from (build_inputs.h)
  bool up_to_date = false;  // the last build made it from the same inputs, and it is still there
  // Set when it is to be made: the program, and what concerns it as `export` reports it (its
  // files' warnings and resolution's), each shared by the program's outputs in each format.
  std::shared_ptr<const resolve::ResolvedProgram> program;
  std::shared_ptr<const Diagnostics> program_diagnostics;
};

// Every output, sorted by path, with its program named but not resolved. The track is named in
// file names when a curriculum has more than one, the paper (as in ExportPath) when it is not A4.
std::vector<PlannedOutput> PlanBuild(const std::vector<BuildCurriculum>& curricula, const BuildFilters& filters,
                                     const std::string& output_root, const std::string& paper);

// Resolves the programs of the outputs that are not up to date, each once. When a program
// cannot be made at all, says why and returns the exit code to stop with; else kExitOk.
int ResolvePlanned(std::vector<BuildCurriculum>& curricula, std::vector<PlannedOutput>& outputs);

// The formats built when none are named: what people print, edit, upload and publish.
std::vector<const writers::Writer*> DefaultBuildFormats();

}  // namespace trainkit::cli
