#pragma once
// 404.html: served by the web server for any missing path, at any depth.

#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

// Its links and stylesheet are absolute from base_url, since the server may
// show it for /a/b/c/ as well as for /x.
Page NotFoundPage(const SiteContext& ctx);

}  // namespace klynge
