#include "render/html/program_page.h"

#include "render/html/markdown_html.h"
#include "render/html/package_page.h"
#include "render/html/site_paths.h"

namespace klynge {

namespace {

const char* SeatingKey(Seating seating) {
  switch (seating) {
    case Seating::kMixed: return "mixed";
    case Seating::kPractice: return "practice";
    case Seating::kUnspecified: return "";
  }
  return "";
}

}  // namespace

Page ProgramPage(const SiteContext& ctx, const Package& package) {
  const Program& program = *package.program;
  Page page = NewPage(ProgramDir(package.slug), "program");
  page.title = program.title + ": " + package.title;
  page.nav_current = "catalog";
  std::string total = FormatDuration(program.TotalMinutes(), ctx.lang);
  page.description = ctx.Ui("program_description") + " " + package.title + " (" + total + ")";
  SetBreadcrumbs(&page, {{ctx.site.title, ""},
                         {package.title, PackageDir(package.slug)},
                         {ctx.Ui("program_breadcrumb"), page.dir}});
  AnchorIds ids;
  for (const char* id : {"indhold", "header-q"}) ids.Reserve(id);
  LinkBase base{"packages/" + package.slug + "/", page.dir, &ctx.published_slugs};

  TemplateData& d = page.data;
  d.set("title", program.title);
  d.set("package_title", package.title);
  d.set("package_url", page.Url(PackageDir(package.slug)));
  SetOptional(&d, "drejebog_url", package.drejebog ? page.Url(DrejebogDir(package.slug)) : "");

  int clock = 0;
  TemplateData blocks = NewList();
  for (const ProgramBlock& block : program.blocks) {
    TemplateData b = NewObject();
    b.set("title", block.title);
    b.set("clock", FormatClock(clock));
    b.set("is_break", block.is_break);
    bool has_items = !block.items.empty();
    // A block with items shows its total by its title; the items carry the minutes.
    SetOptional(&b, "minutes", !has_items && block.minutes ? std::to_string(*block.minutes) : "");
    SetOptional(&b, "minutes_total", has_items ? FormatDuration(block.Minutes(), ctx.lang) : "");
    SetOptional(&b, "slides", block.slides);
    std::string seating = SeatingKey(block.seating);
    SetOptional(&b, "seating", seating.empty() ? "" : ctx.Ui("seating_" + seating));
    SetOptional(&b, "seating_kind", seating);
    SetOptional(&b, "text_html", RenderMarkdown(block.text, base, &ids, 2, ctx.typography).html);
    TemplateData items = NewList();
    int item_clock = clock;
    for (const ProgramItem& item : block.items) {
      TemplateData i = NewObject();
      i.set("clock", FormatClock(item_clock));
      SetOptional(&i, "minutes", item.minutes ? std::to_string(*item.minutes) : "");
      i.set("text_html", RenderMarkdown(item.text, base, &ids, 2, ctx.typography).html);
      SetOptional(&i, "slides", item.slides);
      const Indicator* indicator = package.FindIndicator(item.indicator);
      if (indicator) {
        i.set("indicator", LinkData(indicator->title, page.Url(PackageDir(package.slug)) + "#" +
                                                          IndicatorAnchor(indicator->id)));
      } else {
        i.set("indicator", false);
      }
      items << i;
      item_clock += item.minutes.value_or(0);
    }
    b.set("items", items);
    blocks << b;
    clock += block.Minutes();
  }
  d.set("blocks", blocks);
  d.set("end_clock", FormatClock(clock));
  d.set("total_minutes", std::to_string(program.TotalMinutes()));
  d.set("total_duration", total);
  return page;
}

}  // namespace klynge
