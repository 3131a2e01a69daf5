#pragma once
// The only part of klynge that writes to the output folder.

#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "cache/build_manifest.h"
#include "render/output.h"

namespace klynge {

// Name of the file that marks a folder as klynge's own output.
inline constexpr const char* kOutputMarker = ".klynge-output";

// Every function here works through `fs`; null is the disk.

// Whether `dir` may be replaced: it does not exist, is empty, or carries the marker.
Status CheckOutputFolder(const std::string& dir, FileSystem* fs = nullptr);

// The build manifest of the output folder `dir`; false when there is none
// (or it is not klynge's, or not readable).
bool ReadOutputManifest(const std::string& dir, BuildManifest* manifest, FileSystem* fs = nullptr);

// The bytes of the build cache's file `name` in the output folder `dir`;
// false when there is none (or the folder is not klynge's).
bool ReadOutputCacheFile(const std::string& dir, const std::string& name, std::string* bytes,
                         FileSystem* fs = nullptr);

// Whether `dir`/`path` is a regular file of `size` bytes: what the cache
// trusts for a file it wrote before (content is checked by its hash on input).
bool OutputFileIntact(const std::string& dir, const std::string& path, uint64_t size, FileSystem* fs = nullptr);

// Where an in-place build stages its files, inside the output folder (so
// that a rename moves them) and outside site/ (so that none is ever deployed).
inline constexpr const char* kStagingName = ".klynge-staging";

// Writes one build into an output folder, in one of two ways:
//  - fresh: every file goes into a new folder beside `dir`, swapped in by
//    Commit, so a failure leaves the previous output as it was;
//  - in place (a previous build's manifest exists): only files whose bytes
//    differ from the manifest's are written, into `dir`/.klynge-staging;
//    Commit moves them over the old files and stores the manifest. A build
//    that fails before Commit leaves the folder and its manifest (the build
//    cache) exactly as they were; only an interruption in the middle of
//    Commit's renames leaves no manifest, and so a full rebuild next time.
class OutputWriter {
 public:
  enum class Mode { kFresh, kInPlace };

  // `previous` is the folder's manifest (kInPlace only); it must outlive the writer.
  OutputWriter(std::string dir, Mode mode, const BuildManifest* previous = nullptr, FileSystem* fs = nullptr);
  ~OutputWriter();  // aborts an uncommitted fresh build
  OutputWriter(const OutputWriter&) = delete;
  OutputWriter& operator=(const OutputWriter&) = delete;

  // Refuses folders that are not klynge's; prepares the folder.
  Status Begin();

  // Thread-safe. Writes `bytes` as `path` (below the output folder) unless
  // it is in place and unchanged. `hash`: HashBytes(bytes), when the caller has it.
  Status Write(const std::string& path, const std::string& bytes,
               std::optional<uint64_t> hash = std::nullopt);

  // Stores `bytes` as the build cache's file `name` (outside the manifest's
  // list of files), put in place by Commit with the rest.
  Status WriteCacheFile(const std::string& name, const std::string& bytes);

  // Removes the `stale` files of the previous build (in place), stores
  // `manifest` (when given) and puts the build in place.
  Status Commit(const std::vector<std::string>& stale, const BuildManifest* manifest);

  size_t files_written() const { return files_written_; }
  FileSystem& file_system() const { return fs_; }

 private:
  Status CommitInPlace(const std::vector<std::string>& stale, bool has_manifest);

  FileSystem& fs_;
  std::string dir_;    // the output folder
  std::string root_;   // where files go until Commit: a staging folder (either mode)
  Mode mode_;
  const BuildManifest* previous_;
  bool begun_ = false;
  bool committed_ = false;
  std::mutex mutex_;   // guards folder creation, staged_ and the count
  std::set<std::string> folders_;  // made (or found) by this writer below root_
  std::set<std::string> staged_;  // in place: the files Commit moves into dir_
  size_t files_written_ = 0;
};

// Writes `output` as a fresh build into `dir` (see OutputWriter, kFresh).
Status WriteOutput(const Output& output, const std::string& dir, FileSystem* fs = nullptr);

}  // namespace klynge
