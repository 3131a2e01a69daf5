#pragma once
// pages/<slug>.md: a free page (front matter title, summary, menu; Markdown body).

#include <optional>
#include <vector>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "model/free_page.h"

namespace klynge {

// The page (every problem reported, links included), or nullopt when its
// front matter could not be read or its slug is a folder the site uses itself.
std::optional<FreePage> ValidateFreePage(const FreePageSource& source, const ContentTree& tree, Diagnostics* diags);

}  // namespace klynge
