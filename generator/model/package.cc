#include "model/package.h"

namespace klynge {

const Indicator* Package::FindIndicator(const std::string& id) const {
  for (const Indicator& indicator : indicators)
    if (indicator.id == id) return &indicator;
  return nullptr;
}

}  // namespace klynge
