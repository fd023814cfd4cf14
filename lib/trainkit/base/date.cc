#include "trainkit/base/date.h"

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fmt/format.h>

namespace trainkit {
namespace {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

std::optional<int> ParseDigits(std::string_view text, size_t count) {
  if (text.size() != count) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

// Howard Hinnant's days_from_civil.
int64_t Date::DaysSinceEpoch() const {
  int64_t y = year - (month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDaysSinceEpoch(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

std::string Date::ToString() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

std::optional<Date> ParseDate(std::string_view text) {
  auto partial = ParsePartialDate(text);
  if (!partial || text.size() != 10) return std::nullopt;
  return partial->earliest;
}

std::optional<PartialDate> ParsePartialDate(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  auto year = ParseDigits(text.substr(0, 4), 4);
  if (!year || *year < 1900) return std::nullopt;
  PartialDate result{{*year, 1, 1}, {*year, 12, 31}, std::string(text)};
  if (text.size() >= 7) {
    auto month = text[4] == '-' ? ParseDigits(text.substr(5, 2), 2) : std::nullopt;
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    result.earliest.month = result.latest.month = *month;
    result.latest.day = DaysInMonth(*year, *month);
  }
  if (text.size() == 10) {
    auto day = text[7] == '-' ? ParseDigits(text.substr(8, 2), 2) : std::nullopt;
    if (!day || *day < 1 || *day > DaysInMonth(*year, result.earliest.month)) return std::nullopt;
    result.earliest.day = result.latest.day = *day;
  }
  return result;
}

Date CheckDate() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long seconds = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && seconds >= 0) {
      return Date::FromDaysSinceEpoch(seconds / 86400);
    }
  }
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return Date::FromDaysSinceEpoch(std::chrono::duration_cast<std::chrono::hours>(now).count() / 24);
}

}  // namespace trainkit
