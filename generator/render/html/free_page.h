#pragma once
// <slug>/: a free page from pages/<slug>.md ("Tilgængelighedserklæring").

#include "model/free_page.h"
#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

// Renders the page's Markdown; links in it are rewritten for <slug>/.
Page FreePagePage(const SiteContext& ctx, const FreePage& free);

}  // namespace klynge
