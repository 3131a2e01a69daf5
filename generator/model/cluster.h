#pragma once
// clusters/<slug>/: one cluster's meeting and prescription data. PRIVATE:
// nothing here may reach the public site.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "model/markdown_text.h"

namespace klynge {

struct Practice {
  std::string id;  // ydernummer, 6 digits
  std::string name;
};

struct Comparator {
  std::string indicator;
  std::string period;
  std::string label;
  double value = 0;
};

struct Meeting {
  Date date;
  std::optional<int> start_minutes;  // minutes after midnight
  std::string place;
  std::optional<Date> rsvp_by;  // "tilmelding senest", in the invitation
  MarkdownText note;            // a few lines from the coordinator to the participants
};

// One row of a cluster's CSV data.
struct Observation {
  std::string practice;
  std::string indicator;
  std::string period;
  int64_t numerator = 0;
  int64_t denominator = 1;
};

struct ClusterEdition {
  std::string slug;
  std::string name;
  std::string region;
  std::string coordinator;
  std::string package;  // slug
  Meeting meeting;
  bool open_data = false;  // data_mode: open
  std::vector<Practice> practices;
  std::vector<std::string> data_files;
  std::vector<Comparator> comparators;
  std::vector<Observation> observations;
};

}  // namespace klynge
