#pragma once
// Numbers, dates and durations as Danish (or English) readers write them.
// Shared by the HTML and PDF renderers so both print the same text.

#include <cstdint>
#include <string>

#include "base/date.h"
#include "base/language.h"
#include "model/drejebog.h"

namespace klynge {

// 150 → "2 timer og 30 min.", 60 → "1 time", 45 → "45 min."; en: "2 hours 30 min."
std::string FormatDuration(int minutes, Language lang);
// "21. juni 2023"; en: "21 June 2023"
std::string FormatDate(const Date& date, Language lang);
// "torsdag 12. marts 2026"; en: "Thursday 12 March 2026"
std::string FormatDayAndDate(const Date& date, Language lang);
// 1480 → "1.480"; en: "1,480"
std::string FormatInteger(int64_t value, Language lang);
// 41.25, 1 → "41,3" (half away from zero); en: "41.3"
std::string FormatDecimal(double value, int decimals, Language lang);
// "−3,2" / "+1,0" / "0,0": a change with its sign, as a reader compares periods.
std::string SignedDecimal(double value, Language lang, int decimals = 1);
// Minutes since the start as a running clock: 0 → "0:00", 135 → "2:15".
std::string FormatClock(int minutes);
// -8w → "8 uger før mødet", +6m → "6 måneder efter mødet", 0 → "På mødedagen".
std::string FormatOffset(const Offset& offset, Language lang);

}  // namespace klynge
