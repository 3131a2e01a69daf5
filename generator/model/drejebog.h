#pragma once
// drejebog.yaml: what to do before, during and after the meeting.

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "model/markdown_text.h"

namespace klynge {

// An offset from the meeting day: 0, -14d, -8w, -2m, +6m.
struct Offset {
  int amount = 0;   // signed
  char unit = 'd';  // 'd', 'w' or 'm'

  int Days() const;  // for d and w; months are calendar months
  // The calendar date this offset names, counted from the meeting day.
  Date From(const Date& meeting) const;
};

struct Task {
  std::string title;
  std::optional<Offset> when;
  std::string who;
  MarkdownText text;
  std::vector<std::string> checklist;
  int line = 0;
};

enum class Phase { kBefore, kDuring, kAfter };

struct Drejebog {
  std::vector<Task> before;
  std::vector<Task> during;
  std::vector<Task> after;

  const std::vector<Task>& tasks(Phase p) const;
};

// drejebog-<name>.yaml: a drejebog for another audience than the cluster's
// coordinator, such as seed 003's "drejebog til kommunen".
struct AudienceDrejebog {
  std::string name;      // <name>, a slug: "kommune"
  std::string title;     // "Drejebog til kommunen"
  std::string audience;  // who it is for: "Kommunen"
  Drejebog drejebog;

  // "drejebog-kommune": the file name of its page folder, PDF and calendar.
  std::string FileStem() const { return "drejebog-" + name; }
};

}  // namespace klynge
