#include "render/format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace klynge {

std::string FormatDuration(int minutes, Language lang) {
  int h = minutes / 60, m = minutes % 60;
  bool da = lang == Language::kDanish;
  std::string hours;
  if (h > 0) hours = std::to_string(h) + (da ? (h == 1 ? " time" : " timer") : (h == 1 ? " hour" : " hours"));
  std::string mins = std::to_string(m) + " min.";
  if (h == 0) return mins;
  if (m == 0) return hours;
  return hours + (da ? " og " : " ") + mins;
}

std::string FormatDate(const Date& date, Language lang) {
  static const char* const kDa[] = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                    "juli",   "august",  "september", "oktober", "november", "december"};
  static const char* const kEn[] = {"January", "February", "March",     "April",   "May",      "June",
                                    "July",    "August",   "September", "October", "November", "December"};
  if (lang == Language::kDanish)
    return std::to_string(date.day) + ". " + kDa[date.month - 1] + " " + std::to_string(date.year);
  return std::to_string(date.day) + " " + kEn[date.month - 1] + " " + std::to_string(date.year);
}

std::string FormatDayAndDate(const Date& date, Language lang) {
  static const char* const kDa[] = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"};
  static const char* const kEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  const char* day = (lang == Language::kDanish ? kDa : kEn)[date.Weekday()];
  return std::string(day) + " " + FormatDate(date, lang);
}

std::string FormatInteger(int64_t value, Language lang) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  char sep = lang == Language::kDanish ? '.' : ',';
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
}

std::string FormatDecimal(double value, int decimals, Language lang) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;  // std::round: half away from zero
  if (rounded == 0) rounded = 0;                       // no "-0,0"
  int64_t whole = static_cast<int64_t>(std::trunc(rounded));
  std::string out = FormatInteger(whole, lang);
  if (rounded < 0 && whole == 0) out = "-" + out;
  if (decimals > 0) {
    int64_t frac = static_cast<int64_t>(std::llround(std::fabs(rounded - whole) * scale));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%0*lld", decimals, static_cast<long long>(frac));
    out += lang == Language::kDanish ? ',' : '.';
    out += buf;
  }
  return out;
}

std::string FormatClock(int minutes) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d:%02d", minutes / 60, minutes % 60);
  return buf;
}

std::string FormatOffset(const Offset& offset, Language lang) {
  bool da = lang == Language::kDanish;
  if (offset.amount == 0) return da ? "På mødedagen" : "On the day of the meeting";
  int n = std::abs(offset.amount);
  std::string unit;
  switch (offset.unit) {
    case 'd': unit = da ? (n == 1 ? "dag" : "dage") : (n == 1 ? "day" : "days"); break;
    case 'w': unit = da ? (n == 1 ? "uge" : "uger") : (n == 1 ? "week" : "weeks"); break;
    default: unit = da ? (n == 1 ? "måned" : "måneder") : (n == 1 ? "month" : "months"); break;
  }
  std::string when = offset.amount < 0 ? (da ? "før mødet" : "before the meeting")
                                       : (da ? "efter mødet" : "after the meeting");
  return std::to_string(n) + " " + unit + " " + when;
}

std::string SignedDecimal(double value, Language lang, int decimals) {
  std::string text = FormatDecimal(std::fabs(value), decimals, lang);
  if (text == FormatDecimal(0, decimals, lang)) return text;
  return (value < 0 ? "−" : "+") + text;
}

}  // namespace klynge
