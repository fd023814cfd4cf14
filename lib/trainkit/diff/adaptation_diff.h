// What a country adaptation changes against its base curriculum, and which of its changes
// may be out of date because the base was revised after the adaptation was written.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "trainkit/base/date.h"
#include "trainkit/model/adaptation.h"
#include "trainkit/model/fact_policy.h"
#include "trainkit/reader/load.h"

namespace trainkit::diff {

struct FactEntry {
  std::string key;
  model::FactKind kind = model::FactKind::kText;
  bool required = false;
  const model::FactValue* value = nullptr;  // null when the adaptation does not set it
  const model::WithheldFact* withheld = nullptr;  // set when it states it prints nothing
  model::FactFreshness freshness;           // against the fact policy, on the check date
};

struct Change {
  std::string action;       // "replaces", "appends to", "removes", "adds", "translates"
  std::string target_kind;  // "section", "module", ...
  std::string target_id;
  std::string detail;       // what is appended or added, if anything
  SourceLocation location;        // in the adaptation
  SourceLocation base_location;   // of the target in the base, if it has one
  std::string revised;            // the version in which the target last changed, if recorded
  bool stale = false;             // the target was revised after the adaptation was written
};

struct AdaptationDiff {
  std::string country;
  std::string file;
  std::string language;
  std::string source_language;
  std::string based_on;
  std::string curriculum_version;
  std::vector<FactEntry> facts;  // every fact the curriculum declares
  std::vector<std::string> audiences;                   // all the curriculum's
  std::optional<std::vector<std::string>> audiences_only;  // those the adaptation offers
  std::vector<Change> changes;       // operations, in document order
  std::vector<Change> translations;  // translations, in document order
  std::set<std::string> units;         // participant texts of all its programs
  std::set<std::string> untranslated;  // of which not translated

  bool up_to_date() const { return based_on == curriculum_version; }
};

// Compares `adaptation` with its curriculum. Expects a curriculum that validated without
// errors.
AdaptationDiff DiffAdaptation(const reader::LoadedCurriculum& loaded, const model::Adaptation& adaptation,
                              const Date& check_date);

}  // namespace trainkit::diff
