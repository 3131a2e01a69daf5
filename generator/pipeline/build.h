#pragma once
// The whole pipeline: load → validate → render → write, with a build cache
// that renders again only what changed.

#include <iosfwd>
#include <optional>
#include <set>
#include <string>

#include "base/build_clock.h"
#include "base/date.h"
#include "base/diagnostics.h"
#include "base/file_system.h"
#include "cache/build_manifest.h"
#include "load/content_loader.h"

namespace klynge {

struct BuildOptions {
  std::string root = ".";  // site root: holds content/, themes/, output/
  std::string output_dir;  // default: <root>/output
  bool write = true;       // false: `klynge check`, validate only
  unsigned jobs = 0;       // threads for parsing and rendering; 0: one per core
  std::set<BuildPart> only;  // the parts to build; empty: all
  bool feedback = false;   // a progress line and a closing summary on `err`
  bool use_cache = true;   // false: render everything into a fresh folder
  ParseCaches caches;  // kept between the builds of one process (serve)
  BuildClock clock;        // the time stamped into files (the calendars); part of the cache keys
  std::optional<Date> today;  // the build's date, for warnings only (a meeting in the past); never in a file
  bool print_marks = false;  // every PDF with a 3 mm bleed and crop marks, for a print shop
  bool show_drafts = false;  // `serve --drafts` only: drafts are published, each page with a banner; part of the cache keys
  FileSystem* file_system = nullptr;  // what every read and write goes through; null: the disk
};

struct BuildResult {
  int exit_code = 0;  // 0 ok (warnings allowed), 1 content errors or a failed write
  int errors = 0;
  int warnings = 0;
  size_t files_written = 0;
  size_t pages = 0;     // HTML pages of the public site
  size_t pdfs = 0;      // PDFs in the output, public and private
  size_t clusters = 0;  // cluster packs
  bool up_to_date = false;  // nothing had changed: nothing was read past the hashes, nothing written
};

// Runs the pipeline; diagnostics and failures are printed to `err`.
BuildResult RunBuild(const BuildOptions& options, std::ostream& err);

// Prints diagnostics in the content format's layout, ordered by place, in `language`.
void PrintDiagnostics(const Diagnostics& diags, const SourceLookup& lookup, Language language, std::ostream& err);

}  // namespace klynge
