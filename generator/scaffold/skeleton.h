#pragma once
// `klynge new`: commented starting points that `klynge check` accepts.

#include <string>

#include "base/file_system.h"
#include "base/status.h"

namespace klynge {

enum class SkeletonKind { kSite, kPackage, kStory, kPage, kCluster };

struct SkeletonRequest {
  SkeletonKind kind = SkeletonKind::kPackage;
  std::string slug;  // not for a site
  std::string content_dir = "content";
  std::string package;  // for a cluster: the package its meeting uses
  std::string topic = "Medicin";  // for a package: one of site.yaml's topics
  std::string today;    // YYYY-MM-DD, for a story's date
  std::string meeting;  // YYYY-MM-DD, for a cluster's meeting (a date to come)
  FileSystem* file_system = nullptr;  // where the files are written; null: the disk
};

// The slugs a new site's package, story and cluster get.
inline constexpr const char* kNewSitePackage = "min-foerste-pakke";
inline constexpr const char* kNewSiteStory = "foerste-historie";
inline constexpr const char* kNewSiteCluster = "eksempelklyngen";
inline constexpr const char* kNewSitePage = "om-klyngepakkerne";

// Writes the new files; refuses to overwrite anything. On success `created`
// lists the files written, one per line. A site is a whole content folder:
// site.yaml, a published package with every file a package can have, a story
// about it, a free page in the menu and a fictional cluster with data. A new
// package or page is a draft; a new site's are published, so it has something to open.
Status CreateSkeleton(const SkeletonRequest& request, std::string* created);

}  // namespace klynge
