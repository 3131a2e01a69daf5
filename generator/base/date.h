#pragma once
// Calendar dates without time zones: content dates and meeting offsets.

#include <optional>
#include <string>
#include <string_view>

namespace klynge {

struct Date {
  int year = 1970;
  int month = 1;  // 1-12
  int day = 1;    // 1-31

  // Parses exactly YYYY-MM-DD with a real day of that month.
  static std::optional<Date> Parse(std::string_view text);
  std::string Iso() const;        // "2026-03-12"
  std::string Compact() const;    // "20260312", as iCalendar wants it
  int DaysSinceEpoch() const;     // 1970-01-01 is 0
  static Date FromDays(int days);
  Date AddDays(int n) const;
  // Adds calendar months; the day is clamped to the month's last day.
  Date AddMonths(int n) const;
  int Weekday() const;  // 0 = Monday … 6 = Sunday

  auto operator<=>(const Date&) const = default;
};

// The last day a four-digit year can name: iCalendar's DATE (RFC 5545) has
// exactly four year digits, so a meeting or task date beyond it is refused.
inline constexpr Date kLastDate{9999, 12, 31};

}  // namespace klynge
