#include "render/html/markdown_html.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <set>

#include "render/html/anchor_ids.h"
#include "render/link_url.h"

namespace klynge {
namespace {

class MarkdownHtmlTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  static MarkdownHtml Package(const std::string& md, const std::string& page_dir = "pakker/smerter/") {
    AnchorIds ids;
    LinkBase base{"packages/smerter/", page_dir, nullptr};
    return RenderMarkdown({md, "content/packages/smerter/package.md", 6, 1}, base, &ids);
  }
};

TEST_F(MarkdownHtmlTest, HeadingsGetDanishIdsThatAreUnique) {
  MarkdownHtml out = Package("# Hvorfor er dette vigtigt?\n\ntekst\n\n## Forberedelse før mødet\n\n"
                             "# Hvorfor er dette vigtigt?\n\n# Hvorfor er dette vigtigt?\n");
  EXPECT_NE(out.html.find("<h2 id=\"hvorfor-er-dette-vigtigt\">Hvorfor er dette vigtigt?</h2>"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("<h3 id=\"forberedelse-foer-moedet\">"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("<h2 id=\"hvorfor-er-dette-vigtigt-2\">"), std::string::npos);
  EXPECT_NE(out.html.find("<h2 id=\"hvorfor-er-dette-vigtigt-3\">"), std::string::npos);
  EXPECT_EQ(out.first_paragraph, "tekst");
}

TEST_F(MarkdownHtmlTest, RawHtmlIsNotPublished) {
  MarkdownHtml out = Package("Tekst <script>alert(1)</script> og <img src=x onerror=alert(2)>.\n\n"
                             "<div onclick=\"x()\">blok</div>\n\n<iframe src=\"https://x\"></iframe>\n");
  EXPECT_EQ(out.html.find("<script"), std::string::npos) << out.html;
  EXPECT_EQ(out.html.find("<img"), std::string::npos) << out.html;
  EXPECT_EQ(out.html.find("onclick"), std::string::npos) << out.html;
  EXPECT_EQ(out.html.find("<iframe"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("Tekst"), std::string::npos);
}

TEST_F(MarkdownHtmlTest, ScriptLinksAreDroppedButTheirTextStays) {
  MarkdownHtml out = Package("[Klik her](javascript:alert(1)) og [data](data:text/html;base64,PHNjcmlwdD4=) "
                             "og ![billede](javascript:alert(2)) og [mail](mailto:a@b.dk).\n");
  EXPECT_EQ(out.html.find("javascript"), std::string::npos) << out.html;
  EXPECT_EQ(out.html.find("data:"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("Klik her"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("billede"), std::string::npos) << out.html;
  EXPECT_EQ(out.html.find("href=\"\""), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("<a href=\"mailto:a@b.dk\">mail</a>"), std::string::npos) << out.html;
}

TEST_F(MarkdownHtmlTest, RelativeLinksPointAtThePublishedPages) {
  MarkdownHtml out = Package("Se ![figur](assets/figur-1.png), [pakken](../dosisdispensering/), "
                             "[programmet](program.yaml) og [SST](https://www.sst.dk/).\n");
  EXPECT_NE(out.html.find("src=\"assets/figur-1.png\""), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("href=\"../dosisdispensering/index.html\""), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("href=\"program/index.html\""), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("href=\"https://www.sst.dk/\""), std::string::npos) << out.html;
}

TEST_F(MarkdownHtmlTest, LinksInAProgramPageClimbOneFolderMore) {
  MarkdownHtml out = Package("![figur](assets/figur-1.png) [pakken](../dosisdispensering/#data)\n",
                             "pakker/smerter/program/");
  EXPECT_NE(out.html.find("src=\"../assets/figur-1.png\""), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("href=\"../../dosisdispensering/index.html#data\""), std::string::npos)
      << out.html;
}

TEST_F(MarkdownHtmlTest, StoryLinksToPackagesLeaveTheStoriesFolder) {
  AnchorIds ids;
  LinkBase base{"stories/", "historier/aalborg/", nullptr};
  MarkdownHtml out = RenderMarkdown({"Vi brugte [pakken](../packages/smertebehandling/) og "
                                     "[en anden historie](andre-erfaringer.md).\n",
                                     "content/stories/aalborg.md", 5, 1},
                                    base, &ids);
  EXPECT_NE(out.html.find("href=\"../../pakker/smertebehandling/index.html\""), std::string::npos)
      << out.html;
  EXPECT_NE(out.html.find("href=\"../andre-erfaringer/index.html\""), std::string::npos) << out.html;
}

TEST_F(MarkdownHtmlTest, LinksToDraftsAreNotPublished) {
  std::set<std::string> published = {"smerter"};
  AnchorIds ids;
  LinkBase base{"packages/smerter/", "pakker/smerter/", &published};
  MarkdownHtml out = RenderMarkdown({"Se [kladden](../hemmelig/).\n", "x.md", 1, 1}, base, &ids);
  EXPECT_EQ(out.html.find("hemmelig"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("kladden"), std::string::npos) << out.html;
}

TEST_F(MarkdownHtmlTest, TaskListsAndTablesNeedNoFormControlsOrObsoleteAttributes) {
  MarkdownHtml out = Package("- [ ] Lokale\n- [x] Projektor\n\n| Tid | Emne |\n|:--:|---|\n| 0:00 | Intro |\n");
  EXPECT_EQ(out.html.find("<input"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("task-box checked"), std::string::npos) << out.html;
  EXPECT_EQ(out.html.find("align="), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("<div class=\"table-scroll\"><table>"), std::string::npos) << out.html;
}

// Issue 12, case 3: the heading's new block took the autolink, and the URL
// pointed into the freed heading (heap-use-after-free under ASan; the
// release build dropped the link).
TEST_F(MarkdownHtmlTest, ABareUrlInAHeadingStaysALink) {
  MarkdownHtml out = Package("## Læs mere på https://www.sst.dk\n\n# Og på www.sst.dk/smerter\n");
  EXPECT_NE(out.html.find("<h2 id=\"laes-mere-paa-https-www-sst-dk\">Læs mere på "
                          "<a href=\"https://www.sst.dk\">https://www.sst.dk</a></h2>"),
            std::string::npos)
      << out.html;
  EXPECT_NE(out.html.find("<a href=\"http://www.sst.dk/smerter\">www.sst.dk/smerter</a></h2>"),
            std::string::npos)
      << out.html;
}

// Issue 12, case 4: the outer image was freed with the inner one in it, and
// the inner one was visited next (a segfault in `klynge build`).
TEST_F(MarkdownHtmlTest, AnImageInsideAnImageBecomesText) {
  MarkdownHtml out = Package("![![x](javascript:a)](javascript:b) og "
                             "![![ydre ![indre](assets/a.png)](javascript:c)](assets/b.png)\n");
  EXPECT_EQ(out.html.find("javascript"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("<p>x og "), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("<img src=\"assets/b.png\" alt=\"ydre indre\">"), std::string::npos)
      << out.html;
}

// The tags are rewritten in cmark's output (the shared tree is not edited):
// what an author writes that looks like a tag is escaped text, never one of them.
TEST_F(MarkdownHtmlTest, TextThatLooksLikeATagIsNotRewritten) {
  MarkdownHtml out = Package("Skriv `<h2>` og `<a href=\"x\">`, ikke <h2>.\n\n"
                             "```\n<img src=\"y\">\n```\n\n# Titel [*link*](../b/ \"a <a href=\\\"\")\n\n"
                             "![alt med [link](javascript:x)](assets/c.png) [væk](javascript:y)\n");
  EXPECT_NE(out.html.find("<code>&lt;h2&gt;</code>"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("&lt;img src=&quot;y&quot;&gt;"), std::string::npos) << out.html;
  EXPECT_NE(out.html.find("<h2 id=\"titel-link\">Titel <a href=\"../b/index.html\" title=\"a &lt;a href=&quot;\">"
                          "<em>link</em></a></h2>"),
            std::string::npos)
      << out.html;
  EXPECT_NE(out.html.find("<img src=\"assets/c.png\" alt=\"alt med link\"> væk</p>"), std::string::npos) << out.html;
}

TEST(SlugifyTest, DanishLettersAreSpelledOut) {
  EXPECT_EQ(Slugify("Før, under og efter klyngemødet"), "foer-under-og-efter-klyngemoedet");
  EXPECT_EQ(Slugify("Ærø & Århus: KAP-H's tilbud"), "aeroe-aarhus-kap-hs-tilbud");
  EXPECT_EQ(Slugify("  Blok 1 – Simple kroniske smerter  "), "blok-1-simple-kroniske-smerter");
  EXPECT_EQ(Slugify("???"), "");
}

TEST(AnchorIdsTest, ReservedIdsAreSkipped) {
  AnchorIds ids;
  ids.Reserve("indhold");
  EXPECT_EQ(ids.Take("Indhold"), "indhold-2");
  EXPECT_EQ(ids.Take("!!"), "afsnit");
  EXPECT_EQ(ids.Take("!!"), "afsnit-2");
}

}  // namespace
}  // namespace klynge
