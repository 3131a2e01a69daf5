#include "base/date.h"

#include <chrono>
#include <cstdio>

namespace klynge {

namespace {

namespace chr = std::chrono;

chr::year_month_day Civil(const Date& d) {
  return chr::year{d.year} / chr::month{static_cast<unsigned>(d.month)} / chr::day{static_cast<unsigned>(d.day)};
}

Date FromCivil(chr::year_month_day ymd) {
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

chr::sys_days Days(const Date& d) { return chr::sys_days(Civil(d)); }

}  // namespace

std::optional<Date> Date::Parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n, int* out) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      v = v * 10 + (t[i] - '0');
    }
    *out = v;
    return true;
  };
  Date d;
  if (!digits(0, 4, &d.year) || !digits(5, 2, &d.month) || !digits(8, 2, &d.day)) return std::nullopt;
  if (d.year < 1900 || !Civil(d).ok()) return std::nullopt;
  return d;
}

std::string Date::Iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string Date::Compact() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
  return buf;
}

int Date::DaysSinceEpoch() const { return static_cast<int>(Days(*this).time_since_epoch().count()); }

Date Date::FromDays(int days) { return FromCivil(chr::year_month_day(chr::sys_days(chr::days(days)))); }

Date Date::AddDays(int n) const { return FromCivil(chr::year_month_day(Days(*this) + chr::days(n))); }

Date Date::AddMonths(int n) const {
  chr::year_month_day moved = Civil(*this) + chr::months(n);
  // 31 January + 1 month is 28 (or 29) February.
  if (!moved.ok()) moved = moved.year() / moved.month() / chr::last;
  return FromCivil(moved);
}

int Date::Weekday() const { return static_cast<int>(chr::weekday(Days(*this)).iso_encoding()) - 1; }

}  // namespace klynge
