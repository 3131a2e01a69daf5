#pragma once
// `klynge serve`: build, serve on loopback, rebuild and reload on every change.

#include <iosfwd>
#include <string>

#include "pipeline/build.h"

namespace klynge {

struct ServeOptions {
  BuildOptions build;
  std::string host = "127.0.0.1";  // loopback unless the user asks otherwise
  int port = 1313;
};

// The output folder `serve` builds into: the one given, else <root>/output,
// or with drafts shown <root>/output-drafts, so that a draft never lands in
// the folder `klynge build` publishes.
std::string ServeOutputDir(const BuildOptions& build);

// Runs until SIGINT or SIGTERM; returns the process exit code.
int RunServe(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace klynge
