#include "render/html/sitemap.h"

#include "render/html/site_paths.h"

namespace klynge {

namespace {

std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string Sitemap(const std::string& base_url, const std::vector<const Page*>& pages) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
  for (const Page* page : pages) {
    if (!page->in_sitemap) continue;
    xml += "  <url><loc>" + XmlEscape(AbsoluteUrl(base_url, page->dir)) + "</loc></url>\n";
  }
  xml += "</urlset>\n";
  return xml;
}

}  // namespace klynge
