#pragma once
// The parse caches of `klynge build` runs, kept in the output folder beside
// the build manifest, so that a rebuild parses only the texts that changed.

#include <string>

#include "base/status.h"
#include "load/content_loader.h"
#include "write/output_writer.h"

namespace klynge {

class StoredParseCaches {
 public:
  // Reads the caches of `output_dir` when `cached` (its manifest was read);
  // a missing, corrupt or foreign cache file is an empty cache.
  StoredParseCaches(const std::string& output_dir, bool cached, FileSystem* fs = nullptr);

  // `given`'s caches (serve's own), with ours where it has none.
  ParseCaches Fill(ParseCaches given);

  // Stores the caches that changed through `writer`, for Commit to put in place.
  Status Save(OutputWriter* writer) const;

 private:
  YamlCache yaml_;
  MarkdownCache markdown_;
  bool yaml_used_ = false;
  bool markdown_used_ = false;
};

}  // namespace klynge
