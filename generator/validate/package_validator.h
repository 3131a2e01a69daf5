#pragma once
// packages/<slug>/: package.md, then the package's other files and its links.

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "markdown/markdown_facts.h"
#include "model/package.h"

namespace klynge {

// What a package is checked against besides its own files.
struct PackageContext {
  const ContentTree* tree = nullptr;
  std::vector<std::string> topics;         // site.yaml's `topics`; empty: any topic
  std::vector<std::string> package_slugs;  // every package folder with a package.md
  MarkdownCache* markdown_cache = nullptr;  // optional: facts of Markdown values in YAML
};

// The slugs of the package folders in `tree` that have a package.md.
std::vector<std::string> PackageSlugs(const ContentTree& tree);

// True when the front matter of `page` says `draft: true`.
bool SaysDraft(const MarkdownDocument& page);

// True when packages/<slug>/package.md says `draft: true` (read before validation,
// so links and references to drafts can be flagged wherever they are).
bool IsDraftPackage(const ContentTree& tree, const std::string& slug);

// Reads package.md (front matter and body) into `pkg`, whose slug is set.
void ReadPackagePage(const MarkdownDocument& page, const PackageContext& context, Package* pkg,
                     Diagnostics* diags);

// The whole package: package.md, program.yaml, drejebog.yaml, drejebog-<name>.yaml, plan.yaml,
// notes.yaml, praksisark.md and the links in all their Markdown. Every problem
// is reported. nullopt only without a readable package.md: a package with
// other errors stays, so that references to it do not cascade into more errors.
std::optional<Package> ValidatePackage(const PackageSource& source, const PackageContext& context,
                                       Diagnostics* diags);

}  // namespace klynge
