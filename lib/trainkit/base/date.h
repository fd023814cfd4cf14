// Calendar dates as curricula write them, and the date checks are made against.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trainkit {

struct Date {
  int year = 0;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  // Days since 1970-01-01 (negative before).
  int64_t DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(int64_t days);
  std::string ToString() const;  // YYYY-MM-DD
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
};

// A date a source gives only as a year or a year and month ("2017", "2024-03") or in full.
struct PartialDate {
  Date earliest;  // the first day the text can mean: "2017" is 2017-01-01
  Date latest;    // the last day it can mean: "2017" is 2017-12-31
  std::string text;
};

// What a source that gives no date is dated: the text of a PartialDate with no days in it.
inline constexpr std::string_view kUndated = "undated";
inline bool IsUndated(const PartialDate& date) { return date.text == kUndated; }

// Parses YYYY-MM-DD; nullopt if malformed or not a real calendar day.
std::optional<Date> ParseDate(std::string_view text);
// Parses YYYY, YYYY-MM or YYYY-MM-DD.
std::optional<PartialDate> ParsePartialDate(std::string_view text);

// The day checks are made against (stale facts, future dates): SOURCE_DATE_EPOCH when set to
// a valid number of seconds, else today in UTC. The only place trainkit reads the clock.
Date CheckDate();

}  // namespace trainkit
