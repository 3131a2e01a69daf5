#include "render/ics/calendar.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "support/temp_site.h"

namespace klynge {
namespace {

ClusterEdition Cluster() {
  ClusterEdition c;
  c.slug = "eksempel-klynge";
  c.name = "Eksempelklynge Nord";
  c.meeting.date = *Date::Parse("2026-03-12");
  c.meeting.start_minutes = 16 * 60;
  c.meeting.place = "Lægehuset, Vestergade 1";
  return c;
}

Package WithDrejebog() {
  Package p;
  p.slug = "smertebehandling";
  p.title = "Smertebehandling";
  p.order_weeks_before = 8;
  Drejebog d;
  Task order;
  order.title = "Bestil klyngepakken";
  order.when = Offset{-8, 'w'};
  order.who = "Klyngekoordinator";
  order.checklist = {"Lokale til alle", "Projektor med lyd"};
  d.before.push_back(order);
  Task undated;
  undated.title = "Overvej opfølgning";
  d.before.push_back(undated);
  Task during;
  during.title = "Uddel ark til mødenoter";
  d.during.push_back(during);
  Task pull;
  pull.title = "Bestil ny opgørelse af klyngens data";
  pull.when = Offset{6, 'm'};
  d.after.push_back(pull);
  p.drejebog = d;
  return p;
}

TEST(CalendarTest, DatesCountFromTheMeetingDay) {
  std::string ics = RenderCalendar(Cluster(), WithDrejebog(), {});
  EXPECT_NE(ics.find("SUMMARY:Bestil klyngepakken\r\nDESCRIPTION"), std::string::npos);
  // -8w from Thursday 12 March 2026 is Thursday 15 January; +6m is 12 September.
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20260115\r\nDTEND;VALUE=DATE:20260116\r\nSUMMARY:Bestil klyngepakken"),
            std::string::npos) << ics;
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20260912\r\nDTEND;VALUE=DATE:20260913\r\nSUMMARY:Bestil ny opgørelse"),
            std::string::npos) << ics;
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20260312\r\nDTEND;VALUE=DATE:20260313\r\nSUMMARY:Uddel ark"),
            std::string::npos) << ics;
  EXPECT_EQ(ics.find("Overvej opfølgning"), std::string::npos) << "undated tasks before the meeting have no day";
}

TEST(CalendarTest, AnEventOnTheLastDayHasNoEndInYear10000) {
  ClusterEdition c = Cluster();
  c.meeting.date = kLastDate;
  c.meeting.start_minutes.reset();  // an all-day meeting
  Package p = WithDrejebog();
  p.drejebog->after.clear();
  std::string ics = RenderCalendar(c, p, {});
  // Without DTEND an all-day event lasts its one day (RFC 5545, 3.6.1).
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:99991231\r\nSUMMARY:Klyngemøde"), std::string::npos) << ics;
  EXPECT_EQ(ics.find("10000"), std::string::npos) << ics;
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:99991105\r\nDTEND;VALUE=DATE:99991106\r\n"), std::string::npos) << ics;
  // A meeting at 23:00 that day ends by midnight, not in year 10000.
  c.meeting.start_minutes = 23 * 60;
  p.duration_minutes = 150;
  ics = RenderCalendar(c, p, {});
  EXPECT_NE(ics.find("DTEND;TZID=Europe/Copenhagen:99991231T235900"), std::string::npos) << ics;
  EXPECT_EQ(ics.find("10000"), std::string::npos) << ics;
}

TEST(CalendarTest, TheMeetingIsATimedEventInDanishTimeForTheProgramsLength) {
  Package p = WithDrejebog();
  p.duration_minutes = 120;
  Program program;
  ProgramBlock block;
  block.minutes = 150;
  program.blocks.push_back(block);
  p.program = program;
  std::string ics = RenderCalendar(Cluster(), p, {});
  EXPECT_NE(ics.find("BEGIN:VTIMEZONE\r\nTZID:Europe/Copenhagen\r\n"), std::string::npos) << ics;
  EXPECT_NE(ics.find("DTSTART;TZID=Europe/Copenhagen:20260312T160000\r\n"
                     "DTEND;TZID=Europe/Copenhagen:20260312T183000\r\n"),
            std::string::npos)
      << "the program's 150 minutes, not the package's 120:\n" << ics;
  EXPECT_NE(ics.find("LOCATION:Lægehuset\\, Vestergade 1\r\n"), std::string::npos) << ics;
  // Without a start time it stays a day's event, and needs no time zone.
  ClusterEdition c = Cluster();
  c.meeting.start_minutes.reset();
  ics = RenderCalendar(c, p, {});
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20260312\r\nDTEND;VALUE=DATE:20260313\r\nSUMMARY:Klyngemøde"),
            std::string::npos) << ics;
  EXPECT_EQ(ics.find("VTIMEZONE"), std::string::npos) << ics;
}

TEST(CalendarTest, DescriptionsArePlainTextWithTheLinksAddresses) {
  Package p = WithDrejebog();
  p.drejebog->before[0].text = MarkdownText{"**Ring** til [KAP-H](https://kap-h.dk) og skriv til "
                                            "[kap@example.dk](mailto:kap@example.dk).\n\n- Lokale\n- *Kaffe*"};
  std::string ics = RenderCalendar(Cluster(), p, {});
  std::string unfolded;
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 3, "\r\n ") == 0) { i += 2; continue; }
    unfolded += ics[i];
  }
  EXPECT_NE(unfolded.find("\\n\\nRing til KAP-H (https://kap-h.dk) og skriv til kap@example.dk.\\n\\n  - Lokale\\n  - Kaffe"),
            std::string::npos) << unfolded;
  EXPECT_EQ(unfolded.find("**"), std::string::npos) << unfolded;
}

TEST(CalendarTest, LinesAreFoldedAndTextEscaped) {
  EXPECT_EQ(EscapeIcsText("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
  std::string folded = FoldIcsLine("SUMMARY:" + std::string(30, 'a') + "ææææææææææææææææææææææææææææææææææææ");
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find("\r\n", start);
    ASSERT_NE(end, std::string::npos);
    EXPECT_LE(end - start, 75u);
    start = end + 2;
  }
  EXPECT_EQ(folded.find("\xC3\r\n"), std::string::npos) << "never folds inside a character";
}

TEST(CalendarTest, ParsesWithARealICalendarParser) {
  testing::TempSite site;
  std::string path = site.root() + "/drejebog.ics";
  std::ofstream(path, std::ios::binary) << RenderCalendar(Cluster(), WithDrejebog(), {});
  // Debian's python3-icalendar, so /usr/bin/python3 rather than whatever python3 is first on PATH.
  std::string script = site.root() + "/parse.py";
  std::ofstream(script) << "import sys, icalendar\n"
                           "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                           "for e in cal.walk('VEVENT'):\n"
                           "    print(e.decoded('dtstart').isoformat(), str(e['summary']), str(e['uid']))\n";
  std::string out_file = site.root() + "/out.txt";
  int rc = std::system(("/usr/bin/python3 '" + script + "' '" + path + "' > '" + out_file + "' 2>&1").c_str());
  std::string out = testing::ReadFile(out_file);
  ASSERT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("2026-01-15 Bestil klyngepakken before-1@eksempel-klynge.klynge"), std::string::npos) << out;
  EXPECT_NE(out.find("2026-09-12 Bestil ny opgørelse af klyngens data"), std::string::npos) << out;
  // A real parser places the meeting in Danish winter time...
  EXPECT_NE(out.find("2026-03-12T16:00:00+01:00 Klyngemøde: Smertebehandling"), std::string::npos) << out;
  EXPECT_NE(out.find("2026-01-15 Sidste frist for bestilling"), std::string::npos) << out;
}

TEST(CalendarTest, TheStampIsTheBuildClockElseTheMeetingDay) {
  EXPECT_NE(RenderCalendar(Cluster(), WithDrejebog(), {}).find("DTSTAMP:20260312T000000Z\r\n"), std::string::npos);
  // 1700000000 is 2023-11-14 22:13:20 UTC.
  std::string ics = RenderCalendar(Cluster(), WithDrejebog(), ParseSourceDateEpoch("1700000000"));
  EXPECT_NE(ics.find("DTSTAMP:20231114T221320Z\r\n"), std::string::npos) << ics;
  EXPECT_EQ(ics.find("DTSTAMP:20260312"), std::string::npos) << ics;
}

TEST(CalendarTest, AClockPastYear9999GivesTheMeetingDayNotAFiveDigitYear) {
  auto stamp = [](const char* epoch) -> std::string {
    std::string ics = RenderCalendar(Cluster(), WithDrejebog(), ParseSourceDateEpoch(epoch));
    size_t at = ics.find("DTSTAMP:");
    return at == std::string::npos ? "" : ics.substr(at + 8, ics.find("\r\n", at) - at - 8);
  };
  EXPECT_EQ(stamp("0"), "19700101T000000Z");
  EXPECT_EQ(stamp("253402300799"), "99991231T235959Z");  // the last second of 9999
  EXPECT_EQ(stamp("253402300800"), "20260312T000000Z");
  EXPECT_EQ(stamp("9223372036854775807"), "20260312T000000Z");
}

TEST(BuildClockTest, OnlyANonNegativeDecimalCountSetsTheClock) {
  EXPECT_EQ(ParseSourceDateEpoch("1700000000").epoch_seconds, 1700000000);
  EXPECT_EQ(ParseSourceDateEpoch("0").epoch_seconds, 0);
  for (const char* bad : {"", "-1", "12x", " 12", "1e9", "99999999999999999999"})
    EXPECT_FALSE(ParseSourceDateEpoch(bad).epoch_seconds) << bad;
  EXPECT_FALSE(ParseSourceDateEpoch(nullptr).epoch_seconds);
  EXPECT_NE(ClockKey({}), ClockKey(ParseSourceDateEpoch("0")));
}

TEST(CalendarTest, ByteIdenticalAcrossRenders) {
  EXPECT_EQ(RenderCalendar(Cluster(), WithDrejebog(), {}), RenderCalendar(Cluster(), WithDrejebog(), {}));
}

}  // namespace
}  // namespace klynge
