#pragma once
// `klynge new package|story|cluster <slug>`.

#include <iosfwd>
#include <string>

namespace klynge {

// Writes the skeleton under <root>/content; returns the process exit code.
int RunNew(const std::string& root, const std::string& kind, const std::string& slug,
           const std::string& package, std::ostream& out, std::ostream& err);

}  // namespace klynge
