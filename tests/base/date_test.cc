#include "trainkit/base/date.h"

#include <catch2/catch.hpp>

#include <cstdlib>

using trainkit::Date;
using trainkit::ParseDate;
using trainkit::ParsePartialDate;

TEST_CASE("dates convert to and from days since the epoch") {
  CHECK(Date{1970, 1, 1}.DaysSinceEpoch() == 0);
  CHECK(Date{2026, 11, 28}.DaysSinceEpoch() == 20785);
  CHECK(Date{2000, 2, 29}.DaysSinceEpoch() == 11016);
  CHECK(Date::FromDaysSinceEpoch(20785) == Date{2026, 11, 28});
  CHECK(Date::FromDaysSinceEpoch(-1) == Date{1969, 12, 31});
  for (int64_t day = -800; day < 30000; day += 37) {
    CHECK(Date::FromDaysSinceEpoch(day).DaysSinceEpoch() == day);
  }
}

TEST_CASE("full dates must be real calendar days") {
  CHECK(ParseDate("2026-11-28") == Date{2026, 11, 28});
  CHECK(ParseDate("2024-02-29"));
  CHECK_FALSE(ParseDate("2023-02-29"));
  CHECK_FALSE(ParseDate("2026-13-01"));
  CHECK_FALSE(ParseDate("2026-11"));
  CHECK_FALSE(ParseDate("28.11.2026"));
  CHECK_FALSE(ParseDate("2026-1-05"));
}

TEST_CASE("partial dates cover the whole period they name") {
  auto year = ParsePartialDate("2017");
  REQUIRE(year);
  CHECK(year->earliest == Date{2017, 1, 1});
  CHECK(year->latest == Date{2017, 12, 31});
  auto month = ParsePartialDate("2024-02");
  REQUIRE(month);
  CHECK(month->earliest == Date{2024, 2, 1});
  CHECK(month->latest == Date{2024, 2, 29});
  auto day = ParsePartialDate("2025-06-01");
  REQUIRE(day);
  CHECK(day->earliest == day->latest);
  CHECK_FALSE(ParsePartialDate("17"));
  CHECK_FALSE(ParsePartialDate("2017-00"));
  CHECK_FALSE(ParsePartialDate("c. 2017"));
}

TEST_CASE("the check date comes from SOURCE_DATE_EPOCH when it is set") {
  setenv("SOURCE_DATE_EPOCH", "1795824000", 1);
  CHECK(trainkit::CheckDate() == Date{2026, 11, 28});
  setenv("SOURCE_DATE_EPOCH", "not a number", 1);
  CHECK(trainkit::CheckDate().year >= 2024);  // falls back to the clock
  unsetenv("SOURCE_DATE_EPOCH");
}
