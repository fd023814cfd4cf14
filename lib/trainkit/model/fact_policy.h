// The fact policy: how long a check of each kind of fact stays good, and whether a fact's value
// may be printed for participants as it stands.
#pragma once

#include <optional>
#include <string>

#include "trainkit/base/date.h"
#include "trainkit/model/adaptation.h"
#include "trainkit/model/curriculum.h"

namespace trainkit::model {

// Months a check stays good for facts of `kind`: the curriculum's <freshness>, else a phone
// number 12, an emergency number for good (nullopt), anything else (a law, a body) 36.
std::optional<int> FreshnessMonths(const Curriculum& curriculum, FactKind kind);

bool IsPhoneKind(FactKind kind);

enum class CheckState {
  kChecked,        // checked, and the check is still good
  kNoCheckNeeded,  // a kind that never goes stale (112)
  kNeverChecked,   // only a source date: nobody has checked it
  kCheckOutdated,  // checked, longer ago than its kind allows
};

struct FactFreshness {
  CheckState state = CheckState::kNeverChecked;
  std::optional<Date> due;  // the last day the check is good, when there is a check and a limit
};

FactFreshness FreshnessOf(const FactValue& fact, std::optional<int> months, Date today);

// A participant output may print this phone number only after a check that is still good (an
// emergency number needs none under the default policy, which never lets it go stale).
bool NeedsCheckBeforePrinting(FactKind kind, const FactFreshness& freshness);

// "checked", "no-check-needed", "never-checked", "check-outdated": for JSON outputs.
const char* CheckStateName(CheckState state);
// For listings: "checked 2026-11-30 (called the operator)", "not yet checked (source 2017)",
// "check outdated (checked 2024-05-02, due 2025-05-02)", "no check needed (source 2022)".
std::string DescribeCheck(const PartialDate& source_date, const std::optional<FactCheck>& checked,
                          const FactFreshness& freshness);

}  // namespace trainkit::model
