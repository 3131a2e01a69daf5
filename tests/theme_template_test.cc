// kainjow mustache renders a name it cannot find as an empty string, without a
// word. These tests resolve every tag of every template against the data the
// page builders supply for a catalog that uses every feature (with the check
// `klynge check` runs on a site's own pages), and fail on any name that is not
// supplied and on any section the data never enters.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "load/template_tags.h"
#include "render/cluster/cluster_index.h"
#include "render/html/site_context.h"
#include "render/html/site_renderer.h"
#include "render/html/template_names.h"
#include "support/site_catalog.h"

namespace klynge {
namespace {

// "name:line:col: message" for each problem, with the sections never entered.
std::set<std::string> Described(const std::string& name, const std::string& text,
                                const TemplateNameCheck& check) {
  std::set<std::string> out;
  for (const TemplateProblem& p : check.Problems(/*unentered=*/true))
    out.insert(name + ":" + LineColumn(text, p.offset) + ": " + p.message);
  return out;
}

class ThemeTemplateTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }
};

TEST_P(ThemeTemplateTest, EveryTemplateNameIsSuppliedByThePageBuilders) {
  Catalog catalog = testing::FullCatalog();
  catalog.site.language = GetParam();
  Theme theme = testing::SourceTheme(GetParam());
  PackageDocuments documents = testing::FullDocuments();
  std::map<std::string, TemplateNameCheck> checks;
  for (const auto& [name, text] : theme.templates) checks.try_emplace(name, text);
  std::set<std::string> used = {"layout"};
  // As `build` publishes it, and as `serve --drafts` does, with the draft and its banner.
  for (bool show_drafts : {false, true}) {
    catalog.show_drafts = show_drafts;
    SlugSet published = PublishedSlugs(catalog);
    SiteContext ctx(catalog.site, theme, published, FreePageLinksOf(catalog));
    std::vector<PackagePagesInput> packages;
    for (const Package* p : catalog.PublishedPackages())
      packages.push_back(PackagePagesInputOf(catalog, theme, *p, published, documents[p->slug], ctx.page_links));
    std::vector<Page> pages = BuildPages(SiteIndexInput{catalog, theme, documents, published}, packages);
    for (Page& page : pages) {
      AddCommonData(ctx, &page);
      page.data.set("content_html", "<p>x</p>");
      ASSERT_TRUE(checks.count(page.template_name)) << "no template " << page.template_name;
      checks.at(page.template_name).Check(ctx.shared, page.data);
      checks.at("layout").Check(ctx.shared, page.data);
      used.insert(page.template_name);
    }
  }
  SiteContext ctx(catalog.site, theme, PublishedSlugs(catalog), FreePageLinksOf(catalog));
  // A cluster pack's index.html, with a shared file, a clinic's envelope and the print bundle.
  ClusterEdition cluster;
  cluster.name = "Testklynge";
  cluster.region = "Nordjylland";
  cluster.meeting.date = *Date::Parse("2026-03-12");
  PackContents contents{{{"Uddelingskopi", "uddelingskopi.pdf", 2048}},
                        {{"900001", "Lægehuset", {{"Klinikark", "klinikker/900001/klinikark.pdf", 10}}}},
                        {{"Til trykkeriet", "tryk.pdf", 4096}}};
  ASSERT_TRUE(checks.count(kClusterIndexTemplate));
  checks.at(kClusterIndexTemplate)
      .Check(ClusterIndexData(cluster, catalog.packages.front(), contents, theme, ctx.lang));
  used.insert(kClusterIndexTemplate);
  std::set<std::string> problems;
  for (const auto& [name, check] : checks) {
    EXPECT_TRUE(used.count(name)) << "templates/" << name << ".mustache is never rendered";
    for (const std::string& p : Described(name, theme.templates.at(name), check)) problems.insert(p);
  }
  std::string all;
  for (const std::string& p : problems) all += p + "\n";
  EXPECT_TRUE(problems.empty()) << all;
}

INSTANTIATE_TEST_SUITE_P(Languages, ThemeTemplateTest, ::testing::Values("da", "en"));

TEST(TemplateNameCheckTest, CatchesAMisspelledNameAndASectionNeverEntered) {
  TemplateData data = NewObject();
  data.set("title", "x");
  data.set("follows", false);
  TemplateData items = NewList();
  TemplateData item = NewObject();
  item.set("url", "a.html");
  items << item;
  data.set("items", items);
  std::string text = "{{titel}}{{#items}}{{url}}{{title}}{{nope}}{{/items}}{{#follows}}{{x}}{{/follows}}";
  TemplateNameCheck check(text);
  check.Check(data);
  std::set<std::string> problems = Described("page", text, check);
  EXPECT_TRUE(problems.count("page:1:1: {{titel}} is not supplied"));
  EXPECT_TRUE(problems.count("page:1:36: {{nope}} is not supplied"));
  EXPECT_TRUE(problems.count("page:1:54: the full model never enters {{#follows}}; its contents are unchecked"));
  EXPECT_EQ(problems.size(), 3u) << ::testing::PrintToString(problems);
}

TEST(ThemeStringsTest, BothLanguagesHaveTheSameKeysAndEveryKeyTheCodeAsksFor) {
  Theme da = testing::SourceTheme("da"), en = testing::SourceTheme("en");
  for (const auto& [key, value] : da.strings) {
    EXPECT_TRUE(en.strings.count(key)) << "en.yaml lacks " << key;
    EXPECT_FALSE(value.empty()) << "da.yaml: " << key;
  }
  for (const auto& [key, value] : en.strings) EXPECT_TRUE(da.strings.count(key)) << "da.yaml lacks " << key;
  for (const std::string& key : UiKeysUsedByCode()) {
    EXPECT_TRUE(da.strings.count(key)) << "da.yaml lacks " << key;
    EXPECT_TRUE(en.strings.count(key)) << "en.yaml lacks " << key;
  }
  for (const char* kind : {"slides", "video", "podcast", "handout", "questionnaire", "other"})
    EXPECT_TRUE(da.strings.count(std::string("material_") + kind)) << kind;
}

}  // namespace
}  // namespace klynge
