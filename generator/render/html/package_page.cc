#include "render/html/package_page.h"

#include <cctype>

#include "render/html/catalog_page.h"
#include "render/html/markdown_html.h"
#include "render/html/site_paths.h"
#include "render/html/story_pages.h"

namespace klynge {

namespace {

// Ids the package template uses itself; headings in the body must not take them.
constexpr const char* kTemplateIds[] = {"indhold",       "header-q",  "maalepunkter",
                                        "materialer",    "opfoelgning", "suppleres-med",
                                        "historier",     "praktisk",  "til-moedelederen",
                                        "dokumenter"};

std::string SizeText(size_t bytes, Language lang) {
  int64_t kb = static_cast<int64_t>((bytes + 999) / 1000);
  return KeepUnitsTogether(FormatInteger(kb, lang) + " kB");
}

std::string OrderText(const SiteContext& ctx, int weeks) {
  std::string offset = FormatOffset(Offset{-weeks, 'w'}, ctx.lang);
  // "På mødedagen" starts a sentence on its own; here it follows "Bestil senest".
  if (!offset.empty() && std::isupper(static_cast<unsigned char>(offset[0])))
    offset[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(offset[0])));
  return ctx.Ui("order_before") + " " + offset;
}

TemplateData PackageLinks(const Page& page, const std::vector<PackageLink>& packages) {
  TemplateData list = NewList();
  for (const PackageLink& p : packages) {
    TemplateData link = LinkData(p.title, page.Url(PackageDir(p.slug)));
    SetOptional(&link, "question", p.question);
    list << link;
  }
  return list;
}

void SetList(TemplateData* d, const std::string& key, const TemplateData& list) {
  d->set("has_" + key, !list.is_empty_list());
  d->set(key, list);
}

// `text` as a URL's query value: unreserved bytes as they are, the rest %XX.
std::string PercentEncode(const std::string& text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return out;
}

// site.yaml's `order` as the package's "Bestil klyngepakken" links: the
// form with ?pakke=<slug>, and a prefilled e-mail whose subject names the package.
void AddOrder(const SiteContext& ctx, const Package& package, TemplateData* d) {
  if (!ctx.site.order) {
    d->set("order", false);
    return;
  }
  const Order& order = *ctx.site.order;
  TemplateData o = NewObject();
  std::string url;
  if (!order.url.empty())
    url = order.url + (order.url.find('?') == std::string::npos ? "?" : "&") + "pakke=" + package.slug;
  SetOptional(&o, "url", url);
  std::string subject = ctx.Ui("order_subject") + " " + package.title;
  SetOptional(&o, "email", order.email);
  SetOptional(&o, "email_url", order.email.empty() ? "" : "mailto:" + order.email + "?subject=" + PercentEncode(subject));
  d->set("order", o);
}

void AddFacts(const SiteContext& ctx, const Page& page, const Package& package, TemplateData* d) {
  d->set("provider", package.provider);
  SetOptional(d, "price", KeepUnitsTogether(package.price));
  d->set("duration", KeepUnitsTogether(FormatDuration(package.duration_minutes, ctx.lang)));
  SetOptional(d, "order_before",
              package.order_weeks_before ? KeepUnitsTogether(OrderText(ctx, *package.order_weeks_before)) : "");
  AddOrder(ctx, package, d);
  const std::optional<Contact>& contact = package.contact ? package.contact : ctx.site.contact;
  if (contact && (!contact->email.empty() || !contact->phone.empty())) {
    d->set("contact", ContactData(*contact));
  } else {
    d->set("contact", false);
  }
  TemplateData links = NewList();
  for (const Link& link : package.links)
    if (IsPublishableScheme(link.url)) links << LinkData(link.title, link.url);
  SetList(d, "links", links);
  TemplateData tags = NewList();
  for (const std::string& tag : package.tags) {
    TemplateData t = NewObject();
    t.set("tag", tag);
    t.set("url", page.Url(TagDir(tag)));
    tags << t;
  }
  SetList(d, "tags", tags);
  SetOptional(d, "revised", package.revised ? FormatDate(*package.revised, ctx.lang) : "");
  SetOptional(d, "revised_iso", package.revised ? package.revised->Iso() : "");
}

}  // namespace

std::string PackageSummary(const Package& package) {
  return package.summary.empty() ? FirstParagraph(package.body) : package.summary;
}

std::string IndicatorAnchor(const std::string& id) { return "maalepunkt-" + id; }

Page PackagePage(const SiteContext& ctx, const PackagePagesInput& input) {
  const Package& package = input.package;
  Page page = NewPage(PackageDir(package.slug), "package");
  page.title = package.title;
  page.nav_current = "catalog";
  SetBreadcrumbs(&page, {{ctx.site.title, ""}, {package.title, page.dir}});
  AnchorIds ids;
  for (const char* id : kTemplateIds) ids.Reserve(id);
  for (const Indicator& indicator : package.indicators) ids.Reserve(IndicatorAnchor(indicator.id));
  std::string content_dir = "packages/" + package.slug + "/";
  LinkBase base{content_dir, page.dir, &ctx.published_slugs};
  MarkdownHtml body = RenderMarkdown(package.body, base, &ids, 2, ctx.typography);
  page.description =
      ShortText(package.summary.empty() ? body.first_paragraph : package.summary);

  TemplateData& d = page.data;
  d.set("title", package.title);
  SetOptional(&d, "question", package.question);
  d.set("topic", package.topic);
  d.set("topic_url", page.Url(TopicDir(package.topic)));
  if (const std::optional<PackageLink>& parent = input.follows) {
    d.set("follows", LinkData(parent->title, page.Url(PackageDir(parent->slug))));
  } else {
    d.set("follows", false);
  }
  d.set("body_html", body.html);
  AddFacts(ctx, page, package, &d);

  TemplateData indicators = NewList();
  for (const Indicator& indicator : package.indicators) {
    TemplateData item = NewObject();
    item.set("anchor", IndicatorAnchor(indicator.id));
    item.set("title", indicator.title);
    SetOptional(&item, "unit", indicator.unit);
    item.set("direction", ctx.Ui(indicator.lower_is_better ? "better_lower" : "better_higher"));
    // Headings in a description sit below the indicator's <h3>; they share the page's ids.
    SetOptional(&item, "description_html", RenderMarkdown(indicator.description, base, &ids, 4, ctx.typography).html);
    indicators << item;
  }
  SetList(&d, "indicators", indicators);

  TemplateData materials = NewList();
  for (const Material& material : package.materials) {
    TemplateData item = NewObject();
    item.set("title", material.title);
    item.set("kind", ctx.Ui("material_" + material.kind));
    std::optional<std::string> url;
    if (!material.url.empty()) url = RewriteContentUrl(material.url, base);
    SetOptional(&item, "url", url.value_or(""));
    materials << item;
  }
  SetList(&d, "materials", materials);

  SetList(&d, "follow_ups", PackageLinks(page, input.follow_ups));
  SetList(&d, "related", PackageLinks(page, input.related));

  TemplateData stories = NewList();
  for (const Story* story : input.stories)
    stories << StoryItem(ctx, page, *story);
  SetList(&d, "stories", stories);

  SetOptional(&d, "program_url", package.program ? page.Url(ProgramDir(package.slug)) : "");
  SetOptional(&d, "drejebog_url", package.drejebog ? page.Url(DrejebogDir(package.slug)) : "");
  TemplateData audience_drejebog = NewList();
  for (const AudienceDrejebog& a : package.audience_drejebog)
    audience_drejebog << LinkData(a.title, page.Url(AudienceDrejebogDir(package.slug, a.name)));
  d.set("audience_drejebog", audience_drejebog);
  d.set("has_chair_pages", package.program.has_value() || package.drejebog.has_value() ||
                               !package.audience_drejebog.empty());

  TemplateData documents = NewList();
  for (const PublishedDocument& doc : input.documents) {
    if (doc.bytes == 0) continue;  // not built (`build --only site`): no link to nothing
    TemplateData item = LinkData(doc.title, page.Url(doc.path));
    item.set("size", SizeText(doc.bytes, ctx.lang));
    documents << item;
  }
  SetList(&d, "documents", documents);
  return page;
}

}  // namespace klynge
