#include "cli/new_command.h"

#include <chrono>
#include <ostream>

#include "base/date.h"
#include "base/file_path.h"
#include "base/text.h"
#include "load/content_loader.h"
#include "scaffold/skeleton.h"
#include "validate/site_validator.h"

namespace klynge {

namespace {

std::string Today() {
  auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::FromDays(static_cast<int>(days.time_since_epoch().count())).Iso();
}

}  // namespace

int RunNew(const std::string& root, const std::string& kind, const std::string& slug,
           const std::string& package, std::ostream& out, std::ostream& err) {
  if (!IsSlug(slug)) {
    err << "klynge new: \"" << slug << "\" is not a valid name: use lower-case a-z, digits and single hyphens\n";
    return 2;
  }
  SkeletonRequest request;
  request.slug = slug;
  request.content_dir = JoinPath(root, "content");
  request.package = package;
  request.today = Today();
  if (kind == "package") {
    request.kind = SkeletonKind::kPackage;
  } else if (kind == "story") {
    request.kind = SkeletonKind::kStory;
  } else {
    request.kind = SkeletonKind::kCluster;
  }
  // The skeleton should pass `klynge check` in this site: take a topic and a
  // package from the content that is already there.
  Diagnostics ignored;
  ContentTree tree = LoadContent(request.content_dir, &ignored);
  if (tree.site) {
    if (std::optional<Site> site = ValidateSite(*tree.site, &ignored); site && !site->topics.empty())
      request.topic = site->topics.front();
  }
  if (request.kind == SkeletonKind::kCluster && request.package.empty() && !tree.packages.empty())
    request.package = tree.packages.front().slug;
  std::string created;
  Status status = CreateSkeleton(request, &created);
  if (!status.ok()) {
    err << "klynge new: " << status.message() << "\n";
    return 1;
  }
  out << created;
  return 0;
}

}  // namespace klynge
