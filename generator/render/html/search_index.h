#pragma once
// The client-side search: the search page and its index of packages, stories and free pages.

#include <string>

#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

// soeg/index.html: a search form, a <noscript> note and an empty result list
// that static/search.js fills in.
Page SearchPage(const SiteContext& ctx);

// The site path of the index script.
inline constexpr const char* kSearchIndexPath = "static/search-index.js";

// The index as a script that assigns window.KLYNGE_SEARCH_INDEX: an array of
// {kind, title, url (site path), topic, question, summary, tags, text}, packages
// in catalog order, then stories, then free pages (kind "page", by slug). The
// bodies' text is what the loader read (MarkdownFacts).
std::string SearchIndexScript(const IndexContext& ctx);

}  // namespace klynge
