// Which diagnostics concern a build: those of the files and programs it makes, not those of
// the countries it leaves out.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "build_plan.h"
#include "build_runner.h"
#include "trainkit/base/diagnostic.h"

namespace trainkit::cli {

// The diagnostics of `curriculum`'s files that concern a build of `countries` (as --country
// takes them, "intl" included; empty: every country): all but those of the adaptation files
// of countries left out. An error among them stops the build; an error in a country left out
// does not, since nothing built reads that file.
Diagnostics ConcerningBuild(const BuildCurriculum& curriculum, const std::set<std::string>& countries);

// The diagnostics of the outputs' programs and, when given, of their writers, each reported
// once however many outputs share it, sorted by place. Outputs up to date have none: their
// programs were not made again.
Diagnostics DistinctDiagnostics(const std::vector<PlannedOutput>& outputs,
                                const std::vector<OutputResult>* results = nullptr);

// How many warnings concern an output: its program's and its writer's.
int WarningsOf(const PlannedOutput& output, const OutputResult& result);

}  // namespace trainkit::cli
