#pragma once
// Links in content: where a link points, and whether that target is published.
// Links are content-relative (`assets/x.png`, `../dosisdispensering/`); the
// renderers rewrite them to output URLs with ResolveLink.

#include <string>
#include <string_view>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include <vector>

#include "markdown/markdown_facts.h"
#include "model/markdown_text.h"

namespace klynge {

enum class LinkKind {
  kWeb,      // http, https, mailto or tel: published as written
  kAnchor,   // "#section" on the same page
  kPackage,  // a package's page (or its program or drejebog page)
  kAsset,    // a file in a package's assets/ folder
  kStory,    // stories/<slug>.md (or stories/<slug>)
  kIndex,    // the catalog (packages/) or the story list (stories/)
  kDropped,  // javascript:, data: and other schemes: not published
  kBad,      // malformed, outside the content tree, private or not a published page
};

struct LinkTarget {
  LinkKind kind = LinkKind::kBad;
  std::string path;      // kPackage, kAsset, kStory, kIndex: normalised, relative to content/
  std::string slug;      // kPackage, kAsset: the package; kStory: the story
  std::string page;      // kPackage: "" (the package page), "program" or "drejebog"
  std::string fragment;  // the part after '#', without it
  std::string problem;   // kBad, kDropped: what is wrong, to follow "link \"url\" "
};

// Resolves `url` as written in a file in folder `base_dir` (relative to content/:
// "packages/smertebehandling" or "stories"), from its text alone.
LinkTarget ResolveLink(std::string_view url, std::string_view base_dir);

// True for a complete http://, https:// or mailto: address.
bool IsWebUrl(std::string_view url);

// Checks one link's target, including that the package, asset or story exists;
// an image in the assets must also decode within the limits (image/image_check.h).
// Problems go to `diags` at `at`; `noun` is "link" or "image". Returns true
// when the link will be published.
bool CheckLink(std::string_view url, std::string_view base_dir, const SourceLocation& at,
               const ContentTree& tree, Diagnostics* diags, std::string_view noun = "link");

// Checks every link and image `links` found in `text`, each at its own position.
void CheckMarkdownLinks(const MarkdownText& text, const std::vector<MarkdownLink>& links,
                        std::string_view base_dir, const ContentTree& tree, Diagnostics* diags);

}  // namespace klynge
