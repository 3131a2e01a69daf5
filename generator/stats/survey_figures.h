#pragma once
// What a cluster's documents show of a survey: per question the answers with
// their counts and shares, or nothing when too few answered to show it
// without a single doctor's answer being recognisable.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/cluster.h"
#include "model/package.h"

namespace klynge {

// A question with fewer answers than this in all is not shown.
inline constexpr int64_t kMinSurveyAnswers = 5;

// What documents print instead of a question's results when too few answered.
inline constexpr const char* kTooFewAnswersText = "For få besvarelser til at vise resultatet";

struct AnswerFigure {
  std::string text;
  int64_t count = 0;
  double share = 0;  // of the question's answers, 0-1
};

struct QuestionFigures {
  std::string text;
  // nullopt: too few answers; the documents print kTooFewAnswersText, and
  // neither n nor any count, since n alone tells how few.
  std::optional<std::vector<AnswerFigure>> answers;
  int64_t n = 0;  // only meaningful when answers are shown

  bool shown() const { return answers.has_value(); }
};

struct SurveyFigures {
  std::string id;
  std::string title;
  std::vector<QuestionFigures> questions;  // in the order of the data
};

// Every survey of `package` that `cluster` has answers for, in package order.
std::vector<SurveyFigures> ComputeSurveyFigures(const ClusterEdition& cluster, const Package& package);

}  // namespace klynge
