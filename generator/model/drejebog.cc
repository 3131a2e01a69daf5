#include "model/drejebog.h"

namespace klynge {

int Offset::Days() const { return unit == 'w' ? amount * 7 : amount; }

Date Offset::From(const Date& meeting) const {
  return unit == 'm' ? meeting.AddMonths(amount) : meeting.AddDays(Days());
}

const std::vector<Task>& Drejebog::tasks(Phase p) const {
  switch (p) {
    case Phase::kBefore: return before;
    case Phase::kDuring: return during;
    case Phase::kAfter: return after;
  }
  return before;
}

}  // namespace klynge
