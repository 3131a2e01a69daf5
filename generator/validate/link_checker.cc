#include "validate/link_checker.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <vector>

#include "base/file_path.h"
#include "base/text.h"
#include "image/image_check.h"
#include "markdown/parsed_markdown.h"
#include "validate/markdown_position.h"
#include "validate/package_validator.h"

namespace klynge {

namespace {

// The link node's own position in the content file.
SourceLocation LinkLocation(const MarkdownText& text, const MarkdownLink& link, const ContentTree& tree) {
  if (link.block_position || link.line <= 0 || link.column <= 0)
    return MarkdownLocation(text, link.line, link.column);
  return MarkdownFileLocation(text, link.line, link.column, tree);
}

const PackageSource* FindPackageSource(const ContentTree& tree, const std::string& slug) {
  for (const PackageSource& p : tree.packages)
    if (p.slug == slug) return &p;
  return nullptr;
}

const StorySource* FindStorySource(const ContentTree& tree, const std::string& slug) {
  for (const StorySource& s : tree.stories)
    if (s.slug == slug) return &s;
  return nullptr;
}

// Whether the story or free page `slug` says `draft: true`.
bool IsDraftText(const ContentTree& tree, LinkKind kind, const std::string& slug) {
  if (kind == LinkKind::kStory) {
    const StorySource* story = FindStorySource(tree, slug);
    return story && SaysDraft(story->page);
  }
  for (const FreePageSource& p : tree.pages)
    if (p.slug == slug) return SaysDraft(p.page);
  return false;
}

// "smertebehandling" for "packages/smertebehandling"; "" for other folders.
std::string PackageOf(std::string_view base_dir) {
  if (!base_dir.starts_with("packages/")) return "";
  return std::string(base_dir.substr(9, base_dir.find('/', 9) - 9));
}

std::string Hint(const std::string& suggestion) {
  return suggestion.empty() ? std::string() : " (did you mean `" + suggestion + "`?)";
}

// An image the site shows and the PDFs print must decode and be within the
// limits; its bytes were read by the loader.
bool CheckImageAsset(const Asset& asset, const std::string& quoted,
                     const std::function<SourceLocation()>& where, Diagnostics* diags) {
  ImageCheck check = CheckImageFile(asset.rel, asset.bytes);
  if (check.problem.empty()) return true;
  diags->Error(where(), quoted + check.problem);
  return false;
}

// Whether the asset `rel` of `assets` will be published (an image must
// decode), or nullopt when there is none; `names` gets every asset's name.
std::optional<bool> CheckAssetIn(const std::vector<Asset>& assets, const std::string& rel, std::string_view noun,
                                 const std::string& quoted, const std::function<SourceLocation()>& where,
                                 Diagnostics* diags, std::vector<std::string>* names) {
  for (const Asset& a : assets) {
    if (a.rel == rel) return noun != "image" || CheckImageAsset(a, quoted, where, diags);
    names->push_back(a.rel);
  }
  return std::nullopt;
}

// The error for a file that is not among `names` (the assets of the folder
// `owner`, e.g. "packages/x"), with the nearest one written from `base_dir`.
bool MissingAsset(const std::string& path, const std::string& rel, const std::vector<std::string>& names,
                  const std::string& owner, std::string_view base_dir, const std::string& quoted,
                  const std::function<SourceLocation()>& where, Diagnostics* diags) {
  std::string hint = NearestWord(rel, names);
  if (!hint.empty()) hint = RelativePath(owner + "/" + hint, std::string(base_dir));
  diags->Error(where(), quoted + "names a file that does not exist: " + path + Hint(hint));
  return false;
}

bool CheckTarget(const LinkTarget& t, std::string_view url, std::string_view base_dir,
                 const std::function<SourceLocation()>& where, const ContentTree& tree,
                 Diagnostics* diags, std::string_view noun) {
  std::string quoted = std::string(noun) + " \"" + std::string(url) + "\" ";
  switch (t.kind) {
    case LinkKind::kWeb:
    case LinkKind::kAnchor:
    case LinkKind::kIndex:
      return true;
    case LinkKind::kDropped:
      diags->Warning(where(), quoted + t.problem);
      return false;
    case LinkKind::kBad:
      diags->Error(where(), quoted + t.problem);
      return false;
    case LinkKind::kPackage: {
      std::vector<std::string> slugs = PackageSlugs(tree);
      if (std::find(slugs.begin(), slugs.end(), t.slug) == slugs.end()) {
        diags->Error(where(), quoted + "names a package that does not exist: there is no "
                                       "packages/" + t.slug + "/package.md" + Hint(NearestWord(t.slug, slugs)));
        return false;
      }
      if (!t.page.empty() && !tree.paths.count(t.path)) {
        diags->Error(where(), quoted + "names a file that does not exist: " + t.path);
        return false;
      }
      if (IsDraftPackage(tree, t.slug) && !IsDraftPackage(tree, PackageOf(base_dir))) {
        diags->Warning(where(), quoted + "points to " + t.slug +
                                    ", a draft package: the link is left out until it is published");
        return false;
      }
      return true;
    }
    case LinkKind::kAsset: {
      const PackageSource* pkg = FindPackageSource(tree, t.slug);
      std::string rel = t.path.substr(std::string("packages/" + t.slug + "/").size());
      std::vector<std::string> assets;
      if (pkg)
        if (std::optional<bool> found = CheckAssetIn(pkg->assets, rel, noun, quoted, where, diags, &assets))
          return *found;
      if (tree.folders.count(t.path)) {
        diags->Error(where(), quoted + "names a folder; link to a file in it");
        return false;
      }
      if (tree.paths.count(t.path)) {
        // It exists but is no asset: hidden (the loader leaves those out), or
        // unreadable or a refused link, which the loader has reported already.
        bool hidden = false;
        for (const std::string& part : PathParts(rel)) hidden = hidden || part.starts_with(".");
        if (hidden)
          diags->Error(where(), quoted + "names a hidden file (a name in its path starts with '.'), "
                                         "which is never published; rename it");
        return false;
      }
      return MissingAsset(t.path, rel, assets, "packages/" + t.slug, base_dir, quoted, where, diags);
    }
    case LinkKind::kStoryAsset: {
      const StorySource* story = FindStorySource(tree, t.slug);
      std::string rel = t.path.substr(std::string("stories/" + t.slug + "/").size());
      std::vector<std::string> assets;
      if (story)
        if (std::optional<bool> found = CheckAssetIn(story->assets, rel, noun, quoted, where, diags, &assets))
          return *found;
      if (!story || story->dir == "stories") {
        diags->Error(where(), quoted + "names a file that does not exist: " + t.path +
                                  "; a story's pictures go in a story folder: stories/" + t.slug +
                                  "/story.md with the picture in stories/" + t.slug + "/assets/");
        return false;
      }
      return MissingAsset(t.path, rel, assets, "stories/" + t.slug, base_dir, quoted, where, diags);
    }
    case LinkKind::kStory:
    case LinkKind::kPage: {
      bool story = t.kind == LinkKind::kStory;
      if (story ? FindStorySource(tree, t.slug) != nullptr : tree.paths.count(t.path) > 0) {
        // As a link to a draft package: left out until the draft is published.
        if (IsDraftText(tree, t.kind, t.slug)) {
          diags->Warning(where(), quoted + "points to " + t.slug + ", a draft " + (story ? "story" : "page") +
                                      ": the link is left out until it is published");
          return false;
        }
        return true;
      }
      std::vector<std::string> slugs;
      if (story) {
        for (const StorySource& s : tree.stories) slugs.push_back(s.slug);
      } else {
        for (const FreePageSource& p : tree.pages) slugs.push_back(p.slug);
      }
      std::string hint = NearestWord(t.slug, slugs);
      diags->Error(where(), quoted + "names a " + (story ? "story" : "page") + " that does not exist: " + t.path +
                                Hint(hint.empty() ? "" : hint + ".md"));
      return false;
    }
  }
  return false;
}

}  // namespace

bool CheckLink(std::string_view url, std::string_view base_dir, const SourceLocation& at,
               const ContentTree& tree, Diagnostics* diags, std::string_view noun) {
  return CheckTarget(ResolveLink(url, base_dir), url, base_dir, [&] { return at; }, tree, diags, noun);
}

void CheckMarkdownLinks(const MarkdownText& text, const std::vector<MarkdownLink>& links,
                        std::string_view base_dir, const ContentTree& tree, Diagnostics* diags) {
  for (const MarkdownLink& link : links)
    CheckTarget(ResolveLink(link.url, base_dir), link.url, base_dir,
                [&] { return LinkLocation(text, link, tree); }, tree, diags, link.image ? "image" : "link");
}

}  // namespace klynge
