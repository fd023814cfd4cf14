// What `trainkit build` makes: every program of each curriculum (the international version
// and each country, each audience, each track) in each format, narrowed by the filters.
#pragma once

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "trainkit/reader/load.h"
#include "trainkit/resolve/program.h"
#include "trainkit/writers/writer.h"

namespace trainkit::cli {

// A curriculum with what the build read of it. It has no errors where the build looks: in
// curriculum.xml and the adaptations of the countries built (see ConcerningBuild).
struct BuildCurriculum {
  std::filesystem::path folder;
  reader::LoadedCurriculum loaded;
  Diagnostics diagnostics;  // what loading and checking all its files found, sorted
};

struct BuildFilters {
  std::set<std::string> countries;  // "intl" for the international version; empty: all
  std::set<std::string> audiences;  // empty: all
  std::vector<const writers::Writer*> formats;
};

struct PlannedOutput {
  size_t curriculum = 0;  // index into the curricula
  std::shared_ptr<const resolve::ResolvedProgram> program;
  // What concerns the program, as `export` reports it: its files' warnings and resolution's.
  // Shared by the program's outputs in each format.
  std::shared_ptr<const Diagnostics> program_diagnostics;
  const writers::Writer* writer = nullptr;
  std::string path;      // where it goes
  std::string relative;  // the same, relative to its curriculum's folder under the output
};

// Every output, sorted by path. The track is named in file names when a curriculum has more
// than one, the paper (as in ExportPath) when it is not A4.
std::vector<PlannedOutput> PlanBuild(const std::vector<BuildCurriculum>& curricula, const BuildFilters& filters,
                                     const std::string& output_root, const std::string& paper);

// The formats built when none are named: what people print, edit, upload and publish.
std::vector<const writers::Writer*> DefaultBuildFormats();

}  // namespace trainkit::cli
