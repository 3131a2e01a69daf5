#include "render/html/page.h"

#include "base/utf8.h"
#include "render/html/site_paths.h"

namespace klynge {

std::string Page::Url(const std::string& target) const {
  if (!absolute_base.empty()) return absolute_base + target;
  return RelativeUrl(dir, target);
}

Page NewPage(const std::string& dir, const std::string& template_name) {
  Page page;
  page.dir = dir;
  page.file = dir + "index.html";
  page.template_name = template_name;
  return page;
}

void SetBreadcrumbs(Page* page, const std::vector<std::pair<std::string, std::string>>& trail) {
  TemplateData list = NewList();
  for (size_t i = 0; i < trail.size(); ++i) {
    TemplateData crumb = NewObject();
    crumb.set("label", trail[i].first);
    if (i + 1 < trail.size()) {
      crumb.set("url", page->Url(trail[i].second));
    } else {
      crumb.set("url", false);
    }
    list << crumb;
  }
  page->data.set("breadcrumbs", list);
}

TemplateData ContactData(const Contact& contact) {
  TemplateData data = NewObject();
  SetOptional(&data, "email", contact.email);
  SetOptional(&data, "email_url", contact.email.empty() ? "" : "mailto:" + contact.email);
  SetOptional(&data, "phone", contact.phone);
  std::string tel;
  for (char c : contact.phone)
    if ((c >= '0' && c <= '9') || c == '+') tel += c;
  SetOptional(&data, "phone_url", tel.empty() ? "" : "tel:" + tel);
  return data;
}

std::string Marked(const SiteContext& ctx, const std::string& title, bool draft) {
  return draft ? ctx.Ui("draft_mark") + ": " + title : title;
}

void AddCommonData(const SiteContext& ctx, Page* page) {
  const Site& site = ctx.site;
  TemplateData& d = page->data;
  d.set("draft", page->draft);
  d.set("page_title", page->title.empty() ? site.title + " – " + site.organisation
                                          : page->title + " – " + site.title);
  d.set("description", page->description.empty() ? ShortText(ctx.Ui("catalog_lead"))
                                                  : page->description);
  bool folder_page = page->file == page->dir + "index.html";
  d.set("canonical", folder_page ? AbsoluteUrl(site.base_url, page->dir) : site.base_url + page->file);
  d.set("css_url", page->Url(std::string(kStaticDir) + "style.css"));
  d.set("home_url", page->Url(""));
  d.set("stories_url", page->Url(kStoriesDir));
  d.set("search_url", page->Url(kSearchDir));
  TemplateData nav = NewList();
  const std::pair<const char*, const char*> items[] = {
      {"catalog", ""}, {"stories", kStoriesDir}, {"search", kSearchDir}};
  for (const auto& [name, target] : items) {
    TemplateData item = NewObject();
    item.set("label", ctx.Ui(std::string("nav_") + name));
    item.set("url", page->Url(target));
    item.set("current", page->nav_current == name);
    nav << item;
  }
  for (const FreePageLink& link : ctx.page_links.menu) {
    TemplateData item = NewObject();
    item.set("label", link.title);
    item.set("url", page->Url(FreePageDir(link.slug)));
    item.set("current", page->nav_current == "page:" + link.slug);
    nav << item;
  }
  d.set("nav", nav);
  TemplateData footer_pages = NewList();
  for (const FreePageLink& link : ctx.page_links.footer) {
    TemplateData item = LinkData(link.title, page->Url(FreePageDir(link.slug)));
    item.set("current", page->nav_current == "page:" + link.slug);
    footer_pages << item;
  }
  d.set("has_footer_pages", !footer_pages.is_empty_list());
  d.set("footer_pages", footer_pages);
  d.set("feed_url", page->Url(kFeedPath));
  TemplateData scripts = NewList();
  for (const std::string& script : page->scripts) {
    TemplateData s = NewObject();
    s.set("src", page->Url(script));
    scripts << s;
  }
  d.set("scripts", scripts);
}

std::string RenderPage(const SiteContext& ctx, HtmlTemplates* templates, Page* page) {
  AddCommonData(ctx, page);
  page->data.set("content_html", templates->Render(page->template_name, ctx.shared, page->data));
  return templates->Render("layout", ctx.shared, page->data);
}

std::string KeepUnitsTogether(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' && i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9' && i + 1 < text.size()) {
      out += "\u00a0";
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string ShortText(const std::string& text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = Utf8Floor(text, limit);
  }
  std::string out = text.substr(0, cut);
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == '.')) out.pop_back();
  return out + "…";
}

}  // namespace klynge
