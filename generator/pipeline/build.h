#pragma once
// The whole pipeline: load → validate → render → write.

#include <iosfwd>
#include <string>

#include "base/diagnostics.h"

namespace klynge {

struct BuildOptions {
  std::string root = ".";  // site root: holds content/, themes/, output/
  std::string output_dir;  // default: <root>/output
  bool write = true;       // false: `klynge check`, validate only
};

struct BuildResult {
  int exit_code = 0;  // 0 ok (warnings allowed), 1 content errors or a failed write
  int errors = 0;
  int warnings = 0;
  size_t files_written = 0;
};

// Runs the pipeline; diagnostics and failures are printed to `err`.
BuildResult RunBuild(const BuildOptions& options, std::ostream& err);

// Prints diagnostics in the content format's layout, ordered by place.
void PrintDiagnostics(const Diagnostics& diags, const SourceLookup& lookup, std::ostream& err);

}  // namespace klynge
