#include "trainkit/model/fact_policy.h"

#include <catch2/catch.hpp>

using namespace trainkit;
using model::CheckState;

namespace {

model::FactValue CheckedOn(Date date) {
  model::FactValue fact;
  fact.checked = model::FactCheck{date, "called the operator", {}};
  return fact;
}

}  // namespace

TEST_CASE("a check is good for its kind's months, to the same day or the month's last") {
  auto freshness = model::FreshnessOf(CheckedOn({2026, 1, 31}), 1, Date{2026, 2, 28});
  CHECK(freshness.state == CheckState::kChecked);
  CHECK(freshness.due->ToString() == "2026-02-28");
  CHECK(model::FreshnessOf(CheckedOn({2026, 1, 31}), 1, Date{2026, 3, 1}).state == CheckState::kCheckOutdated);
  CHECK(model::FreshnessOf(CheckedOn({2024, 2, 29}), 12, Date{2025, 2, 28}).state == CheckState::kChecked);
  CHECK(model::FreshnessOf(CheckedOn({2024, 2, 29}), 12, Date{2025, 3, 1}).state == CheckState::kCheckOutdated);
  CHECK(model::FreshnessOf(CheckedOn({2025, 12, 15}), 1, Date{2026, 1, 15}).due->ToString() == "2026-01-15");
}

TEST_CASE("a fact without a check has never been checked, unless its kind never goes stale") {
  model::FactValue unchecked;
  CHECK(model::FreshnessOf(unchecked, 12, Date{2026, 1, 1}).state == CheckState::kNeverChecked);
  CHECK(model::FreshnessOf(unchecked, std::nullopt, Date{2026, 1, 1}).state == CheckState::kNoCheckNeeded);
}

TEST_CASE("the default policy: a phone 12 months, an emergency number for good, the rest 36") {
  model::Curriculum curriculum;
  CHECK(model::FreshnessMonths(curriculum, model::FactKind::kPhone) == 12);
  CHECK(model::FreshnessMonths(curriculum, model::FactKind::kEmergencyPhone) == std::nullopt);
  CHECK(model::FreshnessMonths(curriculum, model::FactKind::kLawArticle) == 36);
  curriculum.freshness.push_back({model::FactKind::kPhone, 6, {}});
  CHECK(model::FreshnessMonths(curriculum, model::FactKind::kPhone) == 6);
}

TEST_CASE("only a phone number not checked, or checked too long ago, stops a participant output") {
  model::FactFreshness never{CheckState::kNeverChecked, std::nullopt};
  model::FactFreshness outdated{CheckState::kCheckOutdated, Date{2025, 1, 1}};
  model::FactFreshness good{CheckState::kChecked, Date{2027, 1, 1}};
  CHECK(model::NeedsCheckBeforePrinting(model::FactKind::kPhone, never));
  CHECK(model::NeedsCheckBeforePrinting(model::FactKind::kPhone, outdated));
  CHECK_FALSE(model::NeedsCheckBeforePrinting(model::FactKind::kPhone, good));
  CHECK_FALSE(model::NeedsCheckBeforePrinting(model::FactKind::kLawArticle, never));
  CHECK_FALSE(model::NeedsCheckBeforePrinting(model::FactKind::kEmergencyPhone,
                                              {CheckState::kNoCheckNeeded, std::nullopt}));
}
