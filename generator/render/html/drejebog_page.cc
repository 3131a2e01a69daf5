#include "render/html/drejebog_page.h"

#include "render/html/markdown_html.h"
#include "render/html/site_paths.h"

namespace klynge {

namespace {

// What tells one drejebog page from another.
struct DrejebogHeading {
  std::string dir;          // site folder of the page
  std::string title;        // <h1> and breadcrumb: "Drejebog", "Drejebog til kommunen"
  std::string lead;         // the line under it
  std::string description;  // meta description
};

Page PhasesPage(const SiteContext& ctx, const Package& package, const Drejebog& drejebog,
                const DrejebogHeading& heading) {
  Page page = NewPage(heading.dir, "drejebog");
  page.title = heading.title + ": " + package.title;
  page.nav_current = "catalog";
  page.description = heading.description;
  SetBreadcrumbs(&page, {{ctx.site.title, ""},
                         {package.title, PackageDir(package.slug)},
                         {heading.title, page.dir}});
  struct PhaseInfo {
    Phase phase;
    const char* id;
    const char* title_key;
  };
  const PhaseInfo phases[] = {{Phase::kBefore, "foer", "phase_before"},
                              {Phase::kDuring, "under", "phase_during"},
                              {Phase::kAfter, "efter", "phase_after"}};
  AnchorIds ids;
  for (const char* id : {"indhold", "header-q", "foer", "under", "efter"}) ids.Reserve(id);
  LinkBase base{"packages/" + package.slug + "/", page.dir, &ctx.published_slugs};

  TemplateData& d = page.data;
  d.set("title", heading.title);
  d.set("lead", heading.lead);
  d.set("package_title", package.title);
  d.set("package_url", page.Url(PackageDir(package.slug)));
  TemplateData list = NewList();
  for (const PhaseInfo& info : phases) {
    const std::vector<Task>& tasks = drejebog.tasks(info.phase);
    bool show_program = info.phase == Phase::kDuring && package.program.has_value();
    if (tasks.empty() && !show_program) continue;
    TemplateData phase = NewObject();
    phase.set("phase_id", info.id);
    phase.set("phase_title", ctx.Ui(info.title_key));
    SetOptional(&phase, "phase_program_url", show_program ? page.Url(ProgramDir(package.slug)) : "");
    TemplateData items = NewList();
    for (const Task& task : tasks) {
      TemplateData t = NewObject();
      t.set("title", task.title);
      std::string when = task.when ? FormatOffset(*task.when, ctx.lang) : "";
      SetOptional(&t, "when", when);
      SetOptional(&t, "who", task.who);
      t.set("has_meta", !when.empty() || !task.who.empty());
      // Task titles are <h3>; headings in the task's text go below them.
      SetOptional(&t, "text_html", RenderMarkdown(task.text, base, &ids, 4, ctx.typography).html);
      TemplateData checklist = NewList();
      for (const std::string& entry : task.checklist) {
        TemplateData item = NewObject();
        item.set("item", entry);
        checklist << item;
      }
      t.set("has_checklist", !checklist.is_empty_list());
      t.set("checklist", checklist);
      items << t;
    }
    phase.set("tasks", items);
    list << phase;
  }
  d.set("phases", list);
  return page;
}

}  // namespace

Page DrejebogPage(const SiteContext& ctx, const Package& package) {
  return PhasesPage(ctx, package, *package.drejebog,
                    {DrejebogDir(package.slug), ctx.Ui("drejebog_title"), ctx.Ui("drejebog_lead"),
                     ctx.Ui("drejebog_description") + " " + package.title});
}

Page AudienceDrejebogPage(const SiteContext& ctx, const Package& package, const AudienceDrejebog& audience) {
  return PhasesPage(ctx, package, audience.drejebog,
                    {AudienceDrejebogDir(package.slug, audience.name), audience.title,
                     ctx.Ui("drejebog_audience") + ": " + audience.audience,
                     audience.title + " (" + audience.audience + "): " + package.title});
}

}  // namespace klynge
