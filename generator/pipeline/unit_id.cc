#include "pipeline/unit_id.h"

namespace klynge {

namespace {

constexpr const char* kPdfPrefix = "pdf:";
constexpr const char* kClusterPrefix = "cluster:";
constexpr const char* kPagePrefix = "page:";
constexpr const char* kSiteName = "site";

}  // namespace

BuildPart UnitId::part() const {
  switch (kind) {
    case UnitKind::kPackagePdf: return BuildPart::kPdf;
    case UnitKind::kClusterPack: return BuildPart::kClusters;
    case UnitKind::kPackagePages:
    case UnitKind::kSiteIndex: return BuildPart::kSite;
  }
  return BuildPart::kSite;
}

std::string UnitId::Name() const {
  switch (kind) {
    case UnitKind::kPackagePdf: return kPdfPrefix + slug + "/" + document;
    case UnitKind::kClusterPack: return kClusterPrefix + slug;
    case UnitKind::kPackagePages: return kPagePrefix + slug;
    case UnitKind::kSiteIndex: return kSiteName;
  }
  return kSiteName;
}

std::optional<UnitId> UnitId::FromName(const std::string& name) {
  auto rest = [&](const char* prefix) { return name.substr(std::string_view(prefix).size()); };
  if (name == kSiteName) return SiteIndex();
  if (name.starts_with(kPagePrefix)) return PackagePages(rest(kPagePrefix));
  if (name.starts_with(kClusterPrefix)) return ClusterPack(rest(kClusterPrefix));
  if (name.starts_with(kPdfPrefix)) {
    std::string id = rest(kPdfPrefix);
    size_t slash = id.find('/');
    if (slash == std::string::npos) return std::nullopt;  // an older klynge's whole-package unit
    return PackagePdf(id.substr(0, slash), id.substr(slash + 1));
  }
  return std::nullopt;
}

}  // namespace klynge
