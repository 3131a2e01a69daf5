#pragma once
// emner/<topic>/ and emneord/<tag>/: one page per topic and per tag, listing
// that topic's or tag's published packages as cards.

#include <string>
#include <vector>

#include "model/package.h"
#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

// A page per published topic (in catalog order), then per tag (alphabetical).
std::vector<Page> TopicAndTagPages(const IndexContext& ctx);

// The newest `revised` date among `packages` (ISO), "" when none has one.
std::string NewestRevision(const std::vector<const Package*>& packages);

}  // namespace klynge
