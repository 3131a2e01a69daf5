#pragma once
// historier/: the list of stories and one page per story.

#include "model/story.h"
#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

Page StoryListPage(const IndexContext& ctx);
// Renders the story's Markdown; links in it are rewritten for historier/<slug>/.
Page StoryPage(const IndexContext& ctx, const Story& story);

// A story as a list item: {title, url, date, date_iso, cluster, summary}.
TemplateData StoryItem(const SiteContext& ctx, const Page& page, const Story& story);

// The story's summary, else its first paragraph.
std::string StorySummary(const Story& story);

}  // namespace klynge
