#include "render/html/sitemap.h"

#include "render/html/site_paths.h"
#include "render/markup_escape.h"

namespace klynge {

std::string Sitemap(const std::string& base_url, const std::vector<const Page*>& pages) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const Page* page : pages) {
    if (!page->in_sitemap) continue;
    xml += "  <url><loc>" + EscapeMarkup(AbsoluteUrl(base_url, page->dir)) + "</loc>";
    if (!page->lastmod.empty()) xml += "<lastmod>" + page->lastmod + "</lastmod>";
    xml += "</url>\n";
  }
  xml += "</urlset>\n";
  return xml;
}

}  // namespace klynge
