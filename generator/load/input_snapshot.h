#pragma once
// Content hashes of every file a build reads, so the build cache can tell
// what changed without trusting timestamps.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "load/content_bytes.h"

namespace klynge {

// Keys: "content/<path below content/>", "theme/<path below the theme>",
// "file:<path as given>" for extra files (fonts) and "binary" for klynge
// itself (see base/executable_id.h).
// A file that cannot be read hashes as a fixed value with its key, so a
// missing file differs from an empty one.
struct InputSnapshot {
  std::map<std::string, uint64_t> files;

  // One hash of every key and file hash.
  uint64_t Digest() const;
  // One hash of the keys starting with `prefix` and their file hashes.
  uint64_t DigestUnder(const std::string& prefix) const;
};

// Reads and hashes, through `fs` (null: the disk), every file below
// `content_dir` and `theme_dir`, the `extra_files` and the running
// executable, on up to `threads` threads (0: one per core). With `bytes`,
// what was read is kept there for the loaders. Content and theme files are
// read through the loaders' own fences (`private_folder`, content/clusters,
// closed to the theme), so the bytes handed on are bytes they could have read.
// `base_theme_dir` (optional): the installed theme `theme_dir` falls back to,
// hashed under kBaseThemeKey.
InputSnapshot TakeInputSnapshot(const std::string& content_dir, const std::string& theme_dir,
                                const std::vector<std::string>& extra_files, unsigned threads = 0,
                                InputBytes* bytes = nullptr, FileSystem* fs = nullptr,
                                const std::string& base_theme_dir = "");

// Where the base theme's files are keyed in a snapshot: below "theme/", so
// that what depends on the theme depends on both layers.
inline constexpr const char* kBaseThemeKey = "theme/.base/";

// The hash the snapshot keeps for a file: of its bytes, or when it could not
// be read (`bytes` null) a fixed value, so a missing file differs from an empty one.
uint64_t InputHash(const std::string* bytes);

// Makes `extra_files` (path → InputHash) the snapshot's extra files,
// replacing those it was taken with (the fonts a theme loaded later names).
void SetExtraFiles(const std::map<std::string, uint64_t>& extra_files, InputSnapshot* snapshot);

}  // namespace klynge
