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

Date Today() {
  auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return Date::FromDays(static_cast<int>(days.time_since_epoch().count()));
}

// A meeting ten weeks ahead: past the drejebog's "order 8 weeks before", and
// not yet a date in the past that the check warns about.
std::string NextMeeting() { return Today().AddDays(70).Iso(); }

// Writes the skeleton and lists its files on `out`; false after telling `err` why not.
bool Create(SkeletonRequest request, const std::string& command, std::ostream& out, std::ostream& err) {
  request.today = Today().Iso();
  request.meeting = NextMeeting();
  std::string created;
  Status status = CreateSkeleton(request, &created);
  if (!status.ok()) {
    err << "klynge " << command << ": " << status.message() << "\n";
    return false;
  }
  out << created;
  return true;
}

}  // namespace

int RunNew(const std::string& root, const std::string& kind, const std::string& slug,
           const std::string& package, std::ostream& out, std::ostream& err) {
  if (slug.empty()) {
    err << "klynge new " << kind << ": give the new " << kind << "'s name: klynge new " << kind << " <slug>\n";
    return 2;
  }
  if (!IsSlug(slug)) {
    err << "klynge new: \"" << slug << "\" is not a valid name: use lower-case a-z, digits and single hyphens\n";
    return 2;
  }
  SkeletonRequest request;
  request.slug = slug;
  request.content_dir = JoinPath(root, "content");
  request.package = package;
  if (kind == "package") {
    request.kind = SkeletonKind::kPackage;
  } else if (kind == "story") {
    request.kind = SkeletonKind::kStory;
  } else if (kind == "page") {
    request.kind = SkeletonKind::kPage;
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
  return Create(request, "new", out, err) ? 0 : 1;
}

int RunNewSite(const std::string& dir, std::ostream& out, std::ostream& err) {
  std::string root = dir.empty() ? "." : dir;
  SkeletonRequest request;
  request.kind = SkeletonKind::kSite;
  request.content_dir = JoinPath(root, "content");
  if (!Create(request, "new site", out, err)) return 1;
  std::string go = root == "." ? "" : "cd " + root + " && ";
  out << "\nA new site in " << root << ". Next:\n"
      << "  " << go << "klynge build      # then open output/site/index.html in a browser\n"
      << "  " << go << "klynge serve      # or watch it at http://127.0.0.1:1313/ while you write\n";
  return 0;
}

}  // namespace klynge
