#pragma once
// Checks a loaded content tree against the content format and builds the model.

#include <optional>

#include "base/date.h"
#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "markdown/markdown_facts.h"
#include "model/catalog.h"

namespace klynge {

struct ValidateOptions {
  unsigned threads = 1;  // packages are checked side by side (0: one per core)
  // The facts of Markdown values in YAML, kept between builds (optional).
  MarkdownCache* markdown_cache = nullptr;
  // The build's date: a cluster meeting before it is a warning (unset: no check).
  std::optional<Date> today;
  // `serve --drafts`: the catalog publishes the drafts too (Catalog::show_drafts).
  bool show_drafts = false;
};

// Every rule of the content format; all problems go to `diags`. The catalog
// holds what was valid; it must not be published when diags has errors.
Catalog Validate(const ContentTree& tree, Diagnostics* diags, ValidateOptions options = {});

}  // namespace klynge
