#include "pipeline/theme_check.h"

#include <map>
#include <utility>

#include "base/parallel.h"
#include "render/cluster/cluster_edition.h"
#include "render/cluster/cluster_index.h"
#include "render/html/html_templates.h"
#include "render/html/package_pages.h"
#include "render/html/page.h"
#include "render/html/site_context.h"
#include "render/html/site_renderer.h"
#include "render/html/template_names.h"
#include "render/pdf/package_pdfs.h"

namespace klynge {

namespace {

// Each template against the data of every page that renders it: the site's
// own pages, so a name is checked wherever this site's content reaches it.
void CheckNames(const Catalog& catalog, const Theme& theme, unsigned threads,
                std::vector<std::string>* problems) {
  // Every document listed with a size, as after a build, so the sections
  // that list PDFs are entered and checked too.
  PackageDocuments documents = ListPackageDocuments(catalog, theme, [](const std::string&) { return 1; });
  SlugSet published = PublishedSlugs(catalog);
  SiteIndexInput index{catalog, theme, documents, published};
  std::vector<const Package*> packages = catalog.PublishedPackages();
  std::vector<PackagePagesInput> inputs;
  const FreePageLinks page_links = FreePageLinksOf(catalog);
  for (const Package* p : packages)
    inputs.push_back(PackagePagesInputOf(catalog, theme, *p, published, documents.at(p->slug), page_links));
  SiteContext ctx(catalog.site, theme, published, page_links);
  // A package's pages need nothing from another's: build them side by side.
  std::vector<std::vector<Page>> own(inputs.size());
  ParallelFor(inputs.size(), threads, [&](size_t i) { own[i] = PackagePages(ctx, inputs[i]); });
  std::vector<Page> pages = BuildPages(index, {});
  for (std::vector<Page>& v : own)
    for (Page& page : v) pages.push_back(std::move(page));
  std::map<std::string, TemplateNameCheck> checks;
  for (const auto& [name, text] : theme.templates) checks.try_emplace(name, text);
  for (Page& page : pages) {
    AddCommonData(ctx, &page);
    page.data.set("content_html", "");
    for (const std::string& name : {page.template_name, std::string("layout")})
      if (auto it = checks.find(name); it != checks.end()) it->second.Check(ctx.shared, page.data);
  }
  // Each cluster pack's index.html, with what that pack lists.
  if (!catalog.clusters.empty() && !checks.count(kClusterIndexTemplate))
    problems->push_back(theme.dir + "/templates/" + kClusterIndexTemplate +
                        ".mustache: the theme lacks this template, which the cluster packs need");
  if (auto it = checks.find(kClusterIndexTemplate); it != checks.end())
    for (const ClusterEdition& cluster : catalog.clusters)
      if (const Package* package = catalog.FindPackage(cluster.package)) {
        ClusterPackInput pack{cluster, *package, catalog.site, theme, published, {}};
        it->second.Check(ClusterIndexData(cluster, *package, ListClusterPack(pack), theme, ctx.lang));
      }
  for (const auto& [name, check] : checks)
    for (const TemplateProblem& p : check.Problems())
      problems->push_back(TemplatePlace(theme, name, p.offset) + ": " + p.message);
}

// The fonts as the PDF renderer reads them (a TrueType file it can measure and embed).
void CheckFonts(const Theme& theme, std::vector<std::string>* problems) {
  std::string where = !theme.print.file.empty()
                          ? theme.print.file + ": the font `"
                          : theme.dir + ": the theme has no print.yaml, and the default font `";
  const std::pair<const char*, const PrintFont*> faces[] = {{"regular", &theme.print.font_regular},
                                                            {"bold", &theme.print.font_bold},
                                                            {"italic", &theme.print.font_italic},
                                                            {"bold_italic", &theme.print.font_bold_italic},
                                                            {"fallback", &theme.print.font_fallback}};
  // The theme loader read and parsed each; what it found is kept with the face.
  for (const auto& [face, font] : faces)
    if (!font->metrics)
      problems->push_back(where + face + "` does not load: " +
                          (font->problem.empty() ? "no font file was read for it" : font->problem));
  const PrintHyphenation& h = theme.print.hyphenation;
  if (!h.path.empty() && !h.patterns)
    problems->push_back((!theme.print.file.empty() ? theme.print.file : theme.dir) + ": hyphenation: " +
                        (h.problem.empty() ? "the dictionary " + h.path + " was never read" : h.problem));
}

}  // namespace

std::vector<std::string> CheckTheme(const Catalog& catalog, const Theme& theme, unsigned threads) {
  std::vector<std::string> problems;
  // Without every page template, the pages cannot be checked against them.
  if (Status s = HtmlTemplates(theme).Check(); !s.ok()) {
    problems.push_back(s.message());
  } else {
    CheckNames(catalog, theme, threads, &problems);
  }
  CheckFonts(theme, &problems);
  return problems;
}

}  // namespace klynge
