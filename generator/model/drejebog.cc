#include "model/drejebog.h"

namespace klynge {

int Offset::Days() const { return unit == 'w' ? amount * 7 : amount; }

const std::vector<Task>& Drejebog::tasks(Phase p) const {
  switch (p) {
    case Phase::kBefore: return before;
    case Phase::kDuring: return during;
    case Phase::kAfter: return after;
  }
  return before;
}

}  // namespace klynge
