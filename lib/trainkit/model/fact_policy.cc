#include "trainkit/model/fact_policy.h"

#include <algorithm>

namespace trainkit::model {
namespace {

// The same day `months` later, or the month's last day when it has fewer days (31 Jan + 1).
Date AddMonths(Date date, int months) {
  int index = date.year * 12 + (date.month - 1) + months;
  Date result{index / 12, index % 12 + 1, 1};
  Date next_month{result.month == 12 ? result.year + 1 : result.year, result.month % 12 + 1, 1};
  int last_day = Date::FromDaysSinceEpoch(next_month.DaysSinceEpoch() - 1).day;
  result.day = std::min(date.day, last_day);
  return result;
}

}  // namespace

std::optional<int> FreshnessMonths(const Curriculum& curriculum, FactKind kind) {
  for (const auto& rule : curriculum.freshness) {
    if (rule.kind == kind) return rule.months;
  }
  switch (kind) {
    case FactKind::kPhone:
      return 12;
    case FactKind::kEmergencyPhone:
      return std::nullopt;
    default:
      return 36;
  }
}

bool IsPhoneKind(FactKind kind) { return kind == FactKind::kPhone || kind == FactKind::kEmergencyPhone; }

FactFreshness FreshnessOf(const FactValue& fact, std::optional<int> months, Date today) {
  FactFreshness freshness;
  if (!months) {
    freshness.state = CheckState::kNoCheckNeeded;
    return freshness;
  }
  if (!fact.checked) {
    freshness.state = CheckState::kNeverChecked;
    return freshness;
  }
  freshness.due = AddMonths(fact.checked->date, *months);
  freshness.state = today.DaysSinceEpoch() > freshness.due->DaysSinceEpoch() ? CheckState::kCheckOutdated
                                                                            : CheckState::kChecked;
  return freshness;
}

bool NeedsCheckBeforePrinting(FactKind kind, const FactFreshness& freshness) {
  return IsPhoneKind(kind) &&
         (freshness.state == CheckState::kNeverChecked || freshness.state == CheckState::kCheckOutdated);
}

const char* CheckStateName(CheckState state) {
  switch (state) {
    case CheckState::kChecked:
      return "checked";
    case CheckState::kNoCheckNeeded:
      return "no-check-needed";
    case CheckState::kNeverChecked:
      return "never-checked";
    case CheckState::kCheckOutdated:
      return "check-outdated";
  }
  return "never-checked";
}

std::string DescribeCheck(const PartialDate& source_date, const std::optional<FactCheck>& checked,
                          const FactFreshness& freshness) {
  switch (freshness.state) {
    case CheckState::kChecked:
      return "checked " + checked->date.ToString() + " (" + checked->how + ")";
    case CheckState::kNoCheckNeeded:
      return "no check needed (source " + source_date.text + ")";
    case CheckState::kNeverChecked:
      return "not yet checked (source " + source_date.text + ")";
    case CheckState::kCheckOutdated:
      return "check outdated (checked " + checked->date.ToString() + ", due " + freshness.due->ToString() + ")";
  }
  return "";
}

}  // namespace trainkit::model
