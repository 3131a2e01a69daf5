#pragma once
// What the build renders as one piece, cached and written as one: a typed id
// (kind and slug). The manifest on disk stores its Name(); code never parses
// names except to read that manifest.

#include <compare>
#include <optional>
#include <string>

#include "cache/build_manifest.h"

namespace klynge {

enum class UnitKind {
  kPackagePdf,    // one PDF of a published package
  kClusterPack,   // a cluster's private pack
  kPackagePages,  // a published package's own pages and assets
  kSiteIndex,     // catalog, stories, search, sitemap, 404, static files
};

struct UnitId {
  UnitKind kind = UnitKind::kSiteIndex;
  std::string slug;      // the package's or cluster's; empty for kSiteIndex
  std::string document;  // kPackagePdf: the document's name ("program"); else empty

  static UnitId PackagePdf(std::string slug, std::string document) {
    return {UnitKind::kPackagePdf, std::move(slug), std::move(document)};
  }
  static UnitId ClusterPack(std::string slug) { return {UnitKind::kClusterPack, std::move(slug), {}}; }
  static UnitId PackagePages(std::string slug) { return {UnitKind::kPackagePages, std::move(slug), {}}; }
  static UnitId SiteIndex() { return {UnitKind::kSiteIndex, {}, {}}; }

  // The part of a build (--only) the unit belongs to.
  BuildPart part() const;
  // The manifest's form: "pdf:<slug>/<document>", "cluster:<slug>", "page:<slug>", "site".
  std::string Name() const;
  // The id a manifest's name stands for; nullopt for a name this klynge does not make.
  static std::optional<UnitId> FromName(const std::string& name);

  auto operator<=>(const UnitId&) const = default;
};

}  // namespace klynge
