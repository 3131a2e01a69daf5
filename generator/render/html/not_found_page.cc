#include "render/html/not_found_page.h"

namespace klynge {

Page NotFoundPage(const SiteContext& ctx) {
  Page page = NewPage("", "not_found");
  page.file = "404.html";
  page.absolute_base = ctx.site.base_url;
  page.title = ctx.Ui("not_found_title");
  page.description = ctx.Ui("not_found_text");
  page.in_sitemap = false;
  return page;
}

}  // namespace klynge
