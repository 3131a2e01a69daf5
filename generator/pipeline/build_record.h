#pragma once
// The build cache's bookkeeping during one build: which units of the last
// build can stay, and the manifest of this one as units are written.

#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "base/status.h"
#include "cache/build_manifest.h"
#include "pipeline/unit_id.h"
#include "render/output.h"
#include "write/output_writer.h"

namespace klynge {

// Whether `part` is among `parts`.
bool HasPart(const std::vector<BuildPart>& parts, BuildPart part);

// Counts of what a manifest's output holds.
struct OutputCounts {
  size_t pages = 0;     // site/**.html
  size_t pdfs = 0;      // **.pdf
  size_t clusters = 0;  // cluster units
};
OutputCounts CountOutputs(const BuildManifest& manifest);

class BuildRecord {
 public:
  // `previous`: the output folder's manifest, or null for a fresh build.
  // `parts`: what this build renders; the other parts' records are kept as they were.
  BuildRecord(const BuildManifest* previous, const std::vector<BuildPart>& parts,
              std::string output_dir, OutputWriter* writer);

  // Whether the last build made `unit` from inputs with this `key` and its
  // files are still there as written; if so, keeps it in this build's manifest.
  bool Keep(const UnitId& unit, uint64_t key);

  // Thread-safe: writes `files` (changed ones only, in place) and records
  // them as `unit` with `key`.
  Status Take(const UnitId& unit, uint64_t key, const Output& files);

  // Every selected part of the last build is up to date with `digest` and its files are intact.
  // `fs`: where the output is (null: the disk).
  static bool UpToDate(const BuildManifest& previous, const std::vector<BuildPart>& parts,
                       uint64_t digest, const std::string& output_dir, FileSystem* fs = nullptr);

  // Removes what the last build made and this one did not, and stores the manifest.
  Status Commit(uint64_t digest, const std::vector<std::string>& extra_inputs,
                const std::string& diagnostics, int warnings);

  // The size of the file at `path` in this build's output, or 0.
  size_t SizeOf(const std::string& path) const;
  const BuildManifest& manifest() const { return next_; }

 private:
  const BuildManifest* previous_;
  std::vector<BuildPart> parts_;
  std::string output_dir_;
  OutputWriter* writer_;
  std::map<std::string, std::vector<std::string>> previous_files_;  // by unit
  mutable std::mutex mutex_;
  BuildManifest next_;
};

}  // namespace klynge
