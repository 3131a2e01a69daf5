#pragma once
// `klynge new`: commented starting points that `klynge check` accepts.

#include <string>

#include "base/file_system.h"
#include "base/status.h"

namespace klynge {

enum class SkeletonKind { kPackage, kStory, kCluster };

struct SkeletonRequest {
  SkeletonKind kind = SkeletonKind::kPackage;
  std::string slug;
  std::string content_dir = "content";
  std::string package;  // for a cluster: the package its meeting uses
  std::string topic = "Medicin";  // for a package: one of site.yaml's topics
  std::string today;    // YYYY-MM-DD, for a story's date
  FileSystem* file_system = nullptr;  // where the files are written; null: the disk
};

// Writes the new files; refuses to overwrite anything. On success `created`
// lists the files written, one per line.
Status CreateSkeleton(const SkeletonRequest& request, std::string* created);

}  // namespace klynge
