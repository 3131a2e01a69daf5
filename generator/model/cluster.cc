#include "model/cluster.h"

namespace klynge {

int64_t SurveyQuestion::Total() const {
  int64_t total = 0;
  for (const SurveyAnswer& answer : answers) total += answer.count;
  return total;
}

const SurveyResult* ClusterEdition::FindSurvey(const std::string& id) const {
  for (const SurveyResult& result : surveys)
    if (result.survey == id) return &result;
  return nullptr;
}

}  // namespace klynge
