// Typography in content (markdown/typography.h) and how the site's HTML
// applies it: quotes open and close by what comes before them, and code,
// URLs and tags keep what the author wrote.

#include "markdown/typography.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "render/html/anchor_ids.h"
#include "render/html/markdown_html.h"
#include "render/link_url.h"

namespace klynge {
namespace {

TEST(TypographyTest, QuotesOpenAfterASpaceOrABracketAndCloseElsewhere) {
  Typography da;
  EXPECT_EQ(Typeset("Han sagde \"ja\" og (\"nej\").", "", da), "Han sagde »ja« og (»nej«).");
  EXPECT_EQ(Typeset("\"Start\"", "", da), "»Start«");
  // What came before, in another node of the same block, decides.
  EXPECT_EQ(Typeset("\" efter", "ord", da), "« efter");
  EXPECT_EQ(Typeset("\"igen", "ord ", da), "»igen");
  EXPECT_EQ(Typeset("KAP-H's 10--12 og ---", "", da), "KAP-H’s 10–12 og —");
}

TEST(TypographyTest, TheThemeOrTheLanguageGivesTheQuotes) {
  EXPECT_EQ(Typeset("\"x\"", "", TypographyFor("en", {})), "\u201Cx\u201D");
  EXPECT_EQ(Typeset("\"x\"", "", TypographyFor("da", {})), "»x«");
  EXPECT_EQ(Typeset("\"x\"", "", TypographyFor("da", {{"quote_open", "„"}, {"quote_close", "“"}})), "„x“");
  EXPECT_EQ(TypographyFor("en", {}).notes_heading, "Notes");
}

class TypographyHtmlTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }
  static std::string Html(const std::string& md, AnchorIds* ids = nullptr) {
    AnchorIds own;
    LinkBase base{"packages/smerter/", "pakker/smerter/", nullptr};
    return RenderMarkdown({md, "content/packages/smerter/package.md", 6, 1}, base, ids ? ids : &own, 2,
                          Typography())
        .html;
  }
};

TEST_F(TypographyHtmlTest, TextIsTypesetButCodeUrlsAndAttributesAreNot) {
  std::string html = Html("Se *\"her\"* -- [\"link\"](https://x.dk/a--b \"titel\") og <https://x.dk/c--d>.\n\n"
                          "```\n\"kode\" -- blok\n```\n\n`\"x\"--y` ![\"Alt\"](assets/a.png)\n");
  EXPECT_NE(html.find("Se <em>»her«</em> – <a href=\"https://x.dk/a--b\" title=\"titel\">»link«</a> og "
                      "<a href=\"https://x.dk/c--d\">https://x.dk/c--d</a>."),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<pre><code>&quot;kode&quot; -- blok\n</code></pre>"), std::string::npos) << html;
  EXPECT_NE(html.find("<code>&quot;x&quot;--y</code>"), std::string::npos) << html;
  EXPECT_NE(html.find("alt=\"&quot;Alt&quot;\""), std::string::npos) << html;
}

TEST_F(TypographyHtmlTest, FootnotesOfTwoTextsOnOnePageKeepTheirOwnIds) {
  AnchorIds ids;
  std::string first = Html("A[^1].\n\n[^1]: Første.\n", &ids);
  std::string second = Html("B[^1] og [link](https://x.dk/).\n\n[^1]: Anden.\n", &ids);
  EXPECT_NE(first.find("<li id=\"fodnote-1\">"), std::string::npos) << first;
  EXPECT_NE(second.find("<li id=\"fodnote-2-1\">"), std::string::npos) << second;
  EXPECT_NE(second.find("href=\"#fodnote-2-1\""), std::string::npos) << second;
  // The author's link after a footnote reference keeps its own href.
  EXPECT_NE(second.find("<a href=\"https://x.dk/\">link</a>"), std::string::npos) << second;
  EXPECT_EQ(Html("Ingen noter.\n", &ids).find("footnotes"), std::string::npos);
}

}  // namespace
}  // namespace klynge
