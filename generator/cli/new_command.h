#pragma once
// `klynge new site [DIR]` and `klynge new package|story|page|cluster <slug>`.

#include <iosfwd>
#include <string>

namespace klynge {

// Writes the skeleton under <root>/content; returns the process exit code.
int RunNew(const std::string& root, const std::string& kind, const std::string& slug,
           const std::string& package, std::ostream& out, std::ostream& err);

// `klynge new site [DIR]`: a whole site root in DIR (default: this folder),
// which must not have a content/ folder yet; returns the process exit code.
int RunNewSite(const std::string& dir, std::ostream& out, std::ostream& err);

}  // namespace klynge
