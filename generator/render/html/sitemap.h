#pragma once
// sitemap.xml: the absolute URL of every public page, for search engines.

#include <string>
#include <vector>

#include "render/html/page.h"

namespace klynge {

// A <urlset> of base_url + page folder for the pages with in_sitemap, with
// <lastmod> where the page has one, in the order given (the renderer sorts them by path).
std::string Sitemap(const std::string& base_url, const std::vector<const Page*>& pages);

}  // namespace klynge
