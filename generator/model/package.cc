#include "model/package.h"

namespace klynge {

const Indicator* Package::FindIndicator(const std::string& id) const {
  for (const Indicator& indicator : indicators)
    if (indicator.id == id) return &indicator;
  return nullptr;
}

const Survey* Package::FindSurvey(const std::string& id) const {
  for (const Survey& survey : surveys)
    if (survey.id == id) return &survey;
  return nullptr;
}

}  // namespace klynge
