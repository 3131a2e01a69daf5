#include "render/format.h"

#include <gtest/gtest.h>

namespace klynge {
namespace {

TEST(FormatTest, DurationInDanishAsThePackagesWriteIt) {
  EXPECT_EQ(FormatDuration(150, Language::kDanish), "2 timer og 30 min.");
  EXPECT_EQ(FormatDuration(120, Language::kDanish), "2 timer");
  EXPECT_EQ(FormatDuration(60, Language::kDanish), "1 time");
  EXPECT_EQ(FormatDuration(45, Language::kDanish), "45 min.");
  EXPECT_EQ(FormatDuration(150, Language::kEnglish), "2 hours 30 min.");
}

TEST(FormatTest, DatesWithDanishMonthNames) {
  EXPECT_EQ(FormatDate(*Date::Parse("2023-06-21"), Language::kDanish), "21. juni 2023");
  EXPECT_EQ(FormatDate(*Date::Parse("2026-03-01"), Language::kDanish), "1. marts 2026");
  EXPECT_EQ(FormatDate(*Date::Parse("2023-06-21"), Language::kEnglish), "21 June 2023");
  EXPECT_EQ(FormatDayAndDate(*Date::Parse("2026-03-12"), Language::kDanish), "torsdag 12. marts 2026");
  EXPECT_EQ(FormatDayAndDate(*Date::Parse("2026-03-15"), Language::kDanish), "søndag 15. marts 2026");
  EXPECT_EQ(FormatDayAndDate(*Date::Parse("2026-03-09"), Language::kEnglish), "Monday 9 March 2026");
}

TEST(FormatTest, ThousandsSeparatorAndDecimalComma) {
  EXPECT_EQ(FormatInteger(1000, Language::kDanish), "1.000");
  EXPECT_EQ(FormatInteger(1234567, Language::kDanish), "1.234.567");
  EXPECT_EQ(FormatInteger(999, Language::kDanish), "999");
  EXPECT_EQ(FormatInteger(1480, Language::kEnglish), "1,480");
  EXPECT_EQ(FormatDecimal(41.2, 1, Language::kDanish), "41,2");
  EXPECT_EQ(FormatDecimal(38.51, 1, Language::kDanish), "38,5");
  EXPECT_EQ(FormatDecimal(1234.56, 1, Language::kDanish), "1.234,6");
  EXPECT_EQ(FormatDecimal(-0.04, 1, Language::kDanish), "0,0");
  EXPECT_EQ(FormatDecimal(-2.5, 1, Language::kDanish), "-2,5");
}

TEST(FormatTest, ClockAndOffsets) {
  EXPECT_EQ(FormatClock(0), "0:00");
  EXPECT_EQ(FormatClock(135), "2:15");
  EXPECT_EQ(FormatOffset({-8, 'w'}, Language::kDanish), "8 uger før mødet");
  EXPECT_EQ(FormatOffset({6, 'm'}, Language::kDanish), "6 måneder efter mødet");
  EXPECT_EQ(FormatOffset({-1, 'd'}, Language::kDanish), "1 dag før mødet");
  EXPECT_EQ(FormatOffset({0, 'd'}, Language::kDanish), "På mødedagen");
}

TEST(FormatTest, DateArithmeticForDrejebogOffsets) {
  Date meeting = *Date::Parse("2026-03-12");
  EXPECT_EQ(meeting.AddDays(-56).Iso(), "2026-01-15");
  EXPECT_EQ(meeting.AddMonths(6).Iso(), "2026-09-12");
  EXPECT_EQ(Date::Parse("2026-08-31")->AddMonths(6).Iso(), "2027-02-28");
  EXPECT_EQ(meeting.Weekday(), 3);  // a Thursday
  EXPECT_FALSE(Date::Parse("2026-02-30"));
  EXPECT_FALSE(Date::Parse("12-03-2026"));
}

TEST(FormatTest, LeapYearsMonthEndsAndTheEpoch) {
  EXPECT_TRUE(Date::Parse("2024-02-29"));
  EXPECT_TRUE(Date::Parse("2000-02-29"));
  EXPECT_FALSE(Date::Parse("2025-02-29"));
  EXPECT_FALSE(Date::Parse("1900-02-29"));
  for (const char* bad : {"2026-00-10", "2026-13-10", "2026-04-31", "2026-04-00", "1899-12-31", "2026-+3-12"})
    EXPECT_FALSE(Date::Parse(bad)) << bad;
  EXPECT_EQ(Date::Parse("2024-02-29")->AddMonths(12).Iso(), "2025-02-28");
  EXPECT_EQ(Date::Parse("2024-01-31")->AddMonths(1).Iso(), "2024-02-29");
  EXPECT_EQ(Date::Parse("2026-03-31")->AddMonths(-1).Iso(), "2026-02-28");
  EXPECT_EQ(Date::Parse("2026-01-15")->AddMonths(-13).Iso(), "2024-12-15");
  EXPECT_EQ(Date::Parse("2026-12-31")->AddDays(1).Iso(), "2027-01-01");
  EXPECT_EQ(Date::Parse("2024-03-01")->AddDays(-1).Iso(), "2024-02-29");
  EXPECT_EQ(Date::Parse("1970-01-01")->DaysSinceEpoch(), 0);
  EXPECT_EQ(Date::Parse("1969-12-31")->DaysSinceEpoch(), -1);
  EXPECT_EQ(Date::FromDays(20524).Iso(), "2026-03-12");
  EXPECT_EQ(kLastDate.DaysSinceEpoch(), 2932896);
  EXPECT_EQ(Date::FromDays(2932896), kLastDate);
  EXPECT_EQ(Date::Parse("2026-03-15")->Weekday(), 6);  // a Sunday
  EXPECT_EQ(Date::Parse("2026-03-16")->Weekday(), 0);  // a Monday
}

}  // namespace
}  // namespace klynge
