// Semantic checks over a loaded curriculum and its adaptations: everything the schema cannot
// say (references, coverage, timing, facts, media), reported all at once.
#pragma once

#include "trainkit/base/date.h"
#include "trainkit/base/diagnostic.h"
#include "trainkit/env.h"
#include "trainkit/reader/load.h"

namespace trainkit::validate {

struct Options {
  Date check_date;              // facts are stale relative to this day
  // Resolve every country, audience and track to find what the programs lose. Commands that
  // resolve one program themselves turn this off: that program reports its own losses.
  bool check_programs = true;
  // Where images are looked for (media the curriculum names); null: the disk.
  const Env* env = nullptr;
  // More than 1: the translations are checked on a thread of their own, beside the other checks
  // (a quarter of an export's checking when it has two language files).
  unsigned threads = 1;
};

// Resolves every country, audience and track and reports, once per cause, what the programs
// lose: operations that match nothing (W172), facts a country leaves unset (W174), text left
// untranslated (W173), tracks over or under budget with a country's changes (W120, W121). For
// files without errors; Validate runs it when `check_programs` is set.
void CheckPrograms(const reader::LoadedCurriculum& loaded, const Options& options, Diagnostics& diagnostics);

// Appends every problem found to `diagnostics`. Never throws for bad content.
void Validate(const reader::LoadedCurriculum& loaded, const Options& options,
              Diagnostics& diagnostics);

}  // namespace trainkit::validate
