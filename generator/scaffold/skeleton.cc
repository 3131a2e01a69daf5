#include "scaffold/skeleton.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "base/file_path.h"
#include "base/file_system.h"
#include "base/text.h"
#include "scaffold/skeleton_text.h"
#include "write/file_io.h"

namespace klynge {

namespace {

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

using Files = std::vector<std::pair<std::string, std::string>>;

void AddPackage(const std::string& folder, const std::string& topic, bool draft, Files* files) {
  using namespace skeleton_text;
  std::string page = Replace(kPackageMd, "topic: TOPIC", "topic: " + topic);
  // A new site's package is published, so the site has something to open.
  if (!draft) page = Replace(page, "\ndraft: true ", "\n# draft: true ");
  files->insert(files->end(), {{folder + "/package.md", page},
                               {folder + "/program.yaml", kProgramYaml},
                               {folder + "/drejebog.yaml", kDrejebogYaml},
                               {folder + "/plan.yaml", kPlanYaml},
                               {folder + "/notes.yaml", kNotesYaml},
                               {folder + "/praksisark.md", kPraksisarkMd}});
}

std::string Story(const std::string& today, const std::string& package) {
  std::string packages = package.empty() ? "# packages: [package-slug]             # the packages it is about; each must exist"
                                         : "packages: [" + package + "]   # the packages it is about; each must exist";
  return Replace(Replace(skeleton_text::kStoryMd, "TODAY", today), "PACKAGES", packages);
}

// `line` padded to the column where the skeletons' comments start.
std::string ToCommentColumn(std::string line) {
  line.resize(std::max<size_t>(line.size() + 1, 39), ' ');
  return line;
}

// A free page titled `title`, at place `menu` in the navigation (0: in the
// footer, with `menu` commented out).
std::string Page(const std::string& title, int menu, bool draft) {
  std::string page = Replace(skeleton_text::kPageMd, "TITLE", ToCommentColumn("title: " + title));
  page = Replace(page, "MENU", ToCommentColumn(menu > 0 ? "menu: " + std::to_string(menu) : "# menu: 2"));
  if (!draft) page = Replace(page, "\ndraft: true ", "\n# draft: true ");
  return page;
}

void AddCluster(const std::string& folder, const std::string& slug, const std::string& package,
                const std::string& meeting, bool with_rows, Files* files) {
  using namespace skeleton_text;
  std::string yaml = Replace(Replace(Replace(kClusterYaml, "PACKAGE", package), "SLUG", slug), "MEETING", meeting);
  files->insert(files->end(), {{folder + "/cluster.yaml", yaml},
                               {folder + "/data.csv", std::string(kClusterCsvHeader) + (with_rows ? kExampleCsvRows : "")}});
}

}  // namespace

Status CreateSkeleton(const SkeletonRequest& request, std::string* created) {
  if (request.kind != SkeletonKind::kSite && !IsSlug(request.slug))
    return Status::Error("\"" + request.slug + "\" is not a valid name: use lower-case a-z, digits and single hyphens");
  const std::string& content = request.content_dir;
  Files files;
  std::string folder;
  switch (request.kind) {
    case SkeletonKind::kSite:
      folder = content;
      files = {{JoinPath(content, "site.yaml"), skeleton_text::kSiteYaml}};
      AddPackage(JoinPath(content, std::string("packages/") + kNewSitePackage), request.topic, false, &files);
      files.push_back({JoinPath(content, std::string("stories/") + kNewSiteStory + ".md"),
                       Story(request.today, kNewSitePackage)});
      files.push_back({JoinPath(content, std::string("pages/") + kNewSitePage + ".md"),
                       Page("Om klyngepakkerne", 1, false)});
      AddCluster(JoinPath(content, std::string("clusters/") + kNewSiteCluster), kNewSiteCluster, kNewSitePackage,
                 request.meeting, true, &files);
      break;
    case SkeletonKind::kPackage:
      folder = JoinPath(content, "packages/" + request.slug);
      AddPackage(folder, request.topic, true, &files);
      break;
    case SkeletonKind::kStory:
      files = {{JoinPath(content, "stories/" + request.slug + ".md"), Story(request.today, "")}};
      break;
    case SkeletonKind::kPage:
      files = {{JoinPath(content, "pages/" + request.slug + ".md"), Page(skeleton_text::kNewPageTitle, 0, true)}};
      break;
    case SkeletonKind::kCluster:
      if (request.package.empty())
        return Status::Error("a cluster needs the package its meeting uses: --package <slug>");
      folder = JoinPath(content, "clusters/" + request.slug);
      AddCluster(folder, request.slug, request.package, request.meeting, false, &files);
      break;
  }
  FileSystem& fs = OrReal(request.file_system);
  if (!folder.empty() && Exists(fs, folder))
    return Status::Error(folder + " already exists; klynge new never overwrites");
  for (const auto& [path, text] : files) {
    if (Exists(fs, path)) return Status::Error(path + " already exists; klynge new never overwrites");
  }
  for (const auto& [path, text] : files) {
    std::string parent = path.substr(0, path.rfind('/'));
    if (Status made = MakeFolders(fs, parent, parent); !made.ok()) return made;
    Status written = WriteFileBytes(fs, path, text, path);
    if (!written.ok()) return written;
    *created += path + "\n";
  }
  return Status::Ok();
}

}  // namespace klynge
