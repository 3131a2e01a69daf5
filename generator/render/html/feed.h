#pragma once
// feed.xml: an Atom feed (RFC 4287) of the published packages and the
// stories, newest first. Every date comes from the content (a package's
// `revised`, a story's `date`), so two builds write the same bytes; a package
// without `revised` has no date to show and is not in the feed.

#include <string>

#include "render/html/site_context.h"

namespace klynge {

std::string AtomFeed(const IndexContext& ctx);

}  // namespace klynge
