#include "render/ics/calendar.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "base/utf8.h"
#include "markdown/plain_text.h"
#include "render/format.h"

namespace klynge {

// Not libical's: its writer folds at the last space, ';' or ':' before 75
// octets (so "SUMMARY:" can stand alone on a line), which would change every
// folded line of every calendar, and its TEXT escaping is no safer (it too
// lets U+0001 through); for these twenty lines it would add a library.
std::string EscapeIcsText(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

std::string FoldIcsLine(const std::string& line) {
  std::string out;
  size_t width = 0;
  for (size_t i = 0; i < line.size();) {
    size_t len = Utf8Offset(std::string_view(line).substr(i), 1);
    // Continuation lines start with a space, which counts toward their 75.
    if (width + len > 75) {
      out += "\r\n ";
      width = 1;
    }
    out.append(line, i, len);
    width += len;
    i += len;
  }
  return out + "\r\n";
}

namespace {

// Meetings are in Denmark; the zone's rules go in the calendar (VTIMEZONE)
// so that any client places the time right.
constexpr const char* kZone = "Europe/Copenhagen";

// DTSTAMP must be a UTC time; a real clock would break byte-identical builds,
// so it is the build's clock when set and within the four-digit years
// iCalendar can write, else the meeting day.
std::string Stamp(const Date& meeting, const BuildClock& clock) {
  namespace chr = std::chrono;
  constexpr chr::sys_days kPastLastDate = chr::year(10000) / 1 / 1;
  if (clock.epoch_seconds && chr::seconds(*clock.epoch_seconds) < kPastLastDate.time_since_epoch()) {
    chr::sys_seconds time{chr::seconds(*clock.epoch_seconds)};
    chr::sys_days day = chr::floor<chr::days>(time);
    chr::hh_mm_ss of_day{time - day};
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d%02d%02dZ", static_cast<int>(of_day.hours().count()),
                  static_cast<int>(of_day.minutes().count()), static_cast<int>(of_day.seconds().count()));
    return Date::FromDays(static_cast<int>(day.time_since_epoch().count())).Compact() + buf;
  }
  return meeting.Compact() + "T000000Z";
}

class CalendarWriter {
 public:
  CalendarWriter(const ClusterEdition& cluster, const BuildClock& clock)
      : cluster_(cluster), stamp_(Stamp(cluster.meeting.date, clock)) {}

  void Line(const std::string& line) { out_ += FoldIcsLine(line); }

  void Event(const std::string& uid, const Date& day, const std::string& summary, const std::string& description) {
    Begin(uid);
    Line("DTSTART;VALUE=DATE:" + day.Compact());
    // An all-day event ends the next day; without DTEND it lasts one day
    // (RFC 5545, 3.6.1), which is the only way to write kLastDate's event.
    if (day < kLastDate) Line("DTEND;VALUE=DATE:" + day.AddDays(1).Compact());
    End(summary, description, "", "TRANSPARENT");
  }

  // An event at a time of day in Danish local time, `minutes` long.
  void TimedEvent(const std::string& uid, const Date& day, int start, int minutes, const std::string& summary,
                  const std::string& description, const std::string& location) {
    Begin(uid);
    // A calendar holds no year 10000: on its last day a meeting ends by midnight.
    if (!(day < kLastDate)) minutes = std::min(minutes, 24 * 60 - 1 - start);
    Line("DTSTART;TZID=" + std::string(kZone) + ":" + LocalTime(day, start));
    Line("DTEND;TZID=" + std::string(kZone) + ":" + LocalTime(day, start + minutes));
    End(summary, description, location, "OPAQUE");  // the meeting takes the time: busy
  }

  std::string Finish() { return std::move(out_); }

 private:
  // "20260312T160000", `minutes` after midnight of `day` (past midnight on the next day).
  static std::string LocalTime(const Date& day, int minutes) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d%02d00", minutes % (24 * 60) / 60, minutes % 60);
    return day.AddDays(minutes / (24 * 60)).Compact() + buf;
  }

  void Begin(const std::string& uid) {
    Line("BEGIN:VEVENT");
    Line("UID:" + uid + "@" + cluster_.slug + ".klynge");
    Line("DTSTAMP:" + stamp_);
  }

  // `transparency`: TRANSPARENT for a day's reminder, OPAQUE for time that is taken.
  void End(const std::string& summary, const std::string& description, const std::string& location,
           const char* transparency) {
    Line("SUMMARY:" + EscapeIcsText(summary));
    if (!location.empty()) Line("LOCATION:" + EscapeIcsText(location));
    if (!description.empty()) Line("DESCRIPTION:" + EscapeIcsText(description));
    Line(std::string("TRANSP:") + transparency);
    Line("END:VEVENT");
  }

  const ClusterEdition& cluster_;
  std::string stamp_;
  std::string out_;
};

// Plain text: a calendar shows DESCRIPTION as it is, so Markdown would show its asterisks.
std::string Describe(const Task& task, const char* phase, Language lang) {
  std::string text = phase;
  if (task.when) text += " (" + FormatOffset(*task.when, lang) + ")";
  if (!task.who.empty()) text += "\nAnsvarlig: " + task.who;
  if (!task.text.empty()) text += "\n\n" + MarkdownToPlainText(task.text);
  for (const std::string& item : task.checklist) text += "\n☐ " + item;
  return text;
}

}  // namespace

namespace {

// The meeting itself, in every calendar of the cluster (one UID, so that two
// calendars imported together show it once): from its start for as long as
// the program runs, or all day when cluster.yaml gives no start.
void AddMeeting(const ClusterEdition& cluster, const Package& package, CalendarWriter* ics) {
  std::string meeting_text = "Klyngemøde om " + package.title;
  if (!cluster.meeting.place.empty()) meeting_text += "\nSted: " + cluster.meeting.place;
  std::string summary = "Klyngemøde: " + package.title;
  if (!cluster.meeting.start_minutes) {
    ics->Event("meeting", cluster.meeting.date, summary, meeting_text);
    return;
  }
  int start = *cluster.meeting.start_minutes;
  int minutes = package.program ? package.program->TotalMinutes() : package.duration_minutes;
  if (minutes <= 0) minutes = package.duration_minutes;
  meeting_text += "\nKl. " + FormatClock(start) + "–" + FormatClock((start + minutes) % (24 * 60));
  ics->TimedEvent("meeting", cluster.meeting.date, start, minutes, summary, meeting_text, cluster.meeting.place);
}

// Europe/Copenhagen since 1996: CEST from the last Sunday of March, CET from the last Sunday of October.
void AddTimeZone(CalendarWriter* ics) {
  for (const char* line :
       {"BEGIN:VTIMEZONE", "TZID:Europe/Copenhagen", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"})
    ics->Line(line);
}

// One event per dated task; `uid_prefix` keeps the UIDs of two drejebøger apart.
void AddTasks(const ClusterEdition& cluster, const Drejebog& drejebog, const std::string& uid_prefix,
              CalendarWriter* ics) {
  struct PhaseInfo {
    Phase phase;
    const char* uid;
    const char* name;
  };
  for (PhaseInfo p : {PhaseInfo{Phase::kBefore, "before", "Før klyngemødet"},
                      PhaseInfo{Phase::kDuring, "during", "Under klyngemødet"},
                      PhaseInfo{Phase::kAfter, "after", "Efter klyngemødet"}}) {
    const std::vector<Task>& tasks = drejebog.tasks(p.phase);
    for (size_t i = 0; i < tasks.size(); ++i) {
      const Task& task = tasks[i];
      // Tasks during the meeting happen on its day even when no `when` says so.
      if (!task.when && p.phase != Phase::kDuring) continue;
      Date day = task.when ? task.when->From(cluster.meeting.date) : cluster.meeting.date;
      ics->Event(uid_prefix + p.uid + "-" + std::to_string(i + 1), day, task.title,
                 Describe(task, p.name, Language::kDanish));
    }
  }
}

void Begin(const std::string& name, const ClusterEdition& cluster, CalendarWriter* ics) {
  ics->Line("BEGIN:VCALENDAR");
  ics->Line("VERSION:2.0");
  ics->Line("PRODID:-//klynge//Klyngepakker//DA");
  ics->Line("CALSCALE:GREGORIAN");
  ics->Line("X-WR-CALNAME:" + EscapeIcsText(name));
  if (cluster.meeting.start_minutes) AddTimeZone(ics);
}

}  // namespace

std::string RenderCalendar(const ClusterEdition& cluster, const Package& package, const BuildClock& clock) {
  CalendarWriter ics(cluster, clock);
  Begin(cluster.name + ": " + package.title, cluster, &ics);
  AddMeeting(cluster, package, &ics);
  if (package.order_weeks_before) {
    Offset deadline{-*package.order_weeks_before, 'w'};
    ics.Event("order-deadline", deadline.From(cluster.meeting.date),
              "Sidste frist for bestilling: " + package.title,
              "Bestil klyngepakken senest " + FormatOffset(deadline, Language::kDanish) + ".");
  }
  if (package.drejebog) AddTasks(cluster, *package.drejebog, "", &ics);
  ics.Line("END:VCALENDAR");
  return ics.Finish();
}

std::string RenderCalendar(const ClusterEdition& cluster, const Package& package, const AudienceDrejebog& audience,
                           const BuildClock& clock) {
  CalendarWriter ics(cluster, clock);
  Begin(cluster.name + ": " + audience.title + " (" + package.title + ")", cluster, &ics);
  AddMeeting(cluster, package, &ics);
  AddTasks(cluster, audience.drejebog, audience.name + "-", &ics);
  ics.Line("END:VCALENDAR");
  return ics.Finish();
}

}  // namespace klynge
