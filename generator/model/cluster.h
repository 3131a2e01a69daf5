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
  std::vector<std::string> address;  // lines for the envelope window; may be empty
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
  int64_t denominator = 1;  // 0 for a count indicator, whose rows leave it empty
};

// One answer of one question of a survey, with how many chose it.
struct SurveyAnswer {
  std::string text;
  int64_t count = 0;
};

struct SurveyQuestion {
  std::string text;
  std::vector<SurveyAnswer> answers;  // in the order of their first row

  int64_t Total() const;
};

// A cluster's answers to one of its package's surveys.
struct SurveyResult {
  std::string survey;                   // id
  std::vector<SurveyQuestion> questions;  // in the order of their first row
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
  std::vector<SurveyResult> surveys;  // in the package's survey order

  const SurveyResult* FindSurvey(const std::string& id) const;
};

}  // namespace klynge
