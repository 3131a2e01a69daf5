// A Markdown text's one parse (markdown/body.h): shared by copies, read by
// the HTML and the PDF layout without being changed, safe across threads.

#include "markdown/body.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "markdown/markdown_facts.h"
#include "render/html/anchor_ids.h"
#include "render/html/markdown_html.h"
#include "render/pdf/layout/markdown_blocks.h"

namespace klynge {
namespace {

class BodyTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  static MarkdownText Md(const std::string& text) {
    return MarkdownText{text, "content/packages/p/package.md", 5, 1};
  }
  static std::string Html(const MarkdownText& text, const std::string& page_dir) {
    AnchorIds ids;
    return RenderMarkdown(text, LinkBase{"packages/p/", page_dir, nullptr}, &ids).html;
  }
};

TEST_F(BodyTest, CopiesOfATextShareOneParse) {
  MarkdownText text = Md("Se [figuren](assets/a.png).\n");
  MarkdownText copy = text;
  std::shared_ptr<const Body> body = BodyOf(text, "packages/p");
  EXPECT_EQ(BodyOf(copy, "packages/p/"), body);  // the folder with or without its '/'
  EXPECT_EQ(BodyOf(text, "packages/p"), body);

  copy.text = "Andet.\n";  // the copy changed: its slot is not its text's
  EXPECT_NE(BodyOf(copy, "packages/p"), body);
  EXPECT_EQ(BodyOf(copy, "packages/p")->source().text, "Andet.\n");
  EXPECT_NE(BodyOf(text, "stories"), body);  // another folder reads the links otherwise
}

TEST_F(BodyTest, ValidationsFactsLeaveTheParseForTheRenderers) {
  MarkdownText text = Md("Tekst med [link](../q/).\n");
  std::shared_ptr<const MarkdownFacts> facts = FactsOf(text, nullptr, "packages/p");
  ASSERT_TRUE(text.parsed->body);
  EXPECT_EQ(BodyOf(text, "packages/p"), text.parsed->body);
  ASSERT_EQ(facts->links.size(), 1u);
  EXPECT_EQ(facts->links[0].url, "../q/");
  EXPECT_EQ(facts->first_paragraph, "Tekst med link.");

  // Without a folder nothing is kept.
  MarkdownText other = Md("Tekst.\n");
  FactsOf(other);
  EXPECT_FALSE(other.parsed->body);
}

TEST_F(BodyTest, LinksAreReadIntoTargetsWithTheirPlaces) {
  Body body(Md("# Titel\n\nSe ![figur](assets/a%20b.png) og [pakken](../q/program.yaml#blok-2)\n"
               "og [SST](https://www.sst.dk/).\n"),
            "packages/p");
  ASSERT_EQ(body.links().size(), 3u);
  const BodyLink& image = body.links()[0];
  EXPECT_TRUE(image.image);
  EXPECT_EQ(image.target.kind, LinkKind::kAsset);
  EXPECT_EQ(image.target.path, "packages/p/assets/a b.png");
  EXPECT_EQ(image.line, 3);
  EXPECT_EQ(body.LinkAt(image.node), &image);
  const BodyLink& program = body.links()[1];
  EXPECT_EQ(program.target.kind, LinkKind::kPackage);
  EXPECT_EQ(program.target.slug, "q");
  EXPECT_EQ(program.target.page, "program");
  EXPECT_EQ(program.target.fragment, "blok-2");
  EXPECT_EQ(body.links()[2].target.kind, LinkKind::kWeb);
  EXPECT_EQ(body.LinkAt(body.root()), nullptr);
}

TEST_F(BodyTest, OverALimitTheFactsHoldOnlyTheProblem) {
  std::string deep;
  for (int i = 0; i < kMaxBlockNesting + 2; ++i) deep += "> ";
  Body body(Md(deep + "[x](javascript:y)\n"), "packages/p");
  MarkdownFacts facts = body.Facts();
  EXPECT_FALSE(facts.problems.empty());
  EXPECT_TRUE(facts.links.empty());
  EXPECT_EQ(body.links().size(), 1u);  // a renderer still drops the link
}

// The HTML is made without editing the tree: the same Body renders on two
// pages, and the PDF layout still finds the links as the author wrote them.
TEST_F(BodyTest, TheHtmlLeavesTheTreeAsItWas) {
  MarkdownText text = Md("## Se mere\n\n![figur](assets/a.png)\n\n[pakken](../q/) [væk](javascript:x)\n");
  std::string on_package = Html(text, "pakker/p/");
  std::string on_program = Html(text, "pakker/p/program/");
  EXPECT_NE(on_package.find("<h2 id=\"se-mere\">Se mere</h2>"), std::string::npos) << on_package;
  EXPECT_NE(on_package.find("src=\"assets/a.png\""), std::string::npos) << on_package;
  EXPECT_NE(on_program.find("src=\"../assets/a.png\""), std::string::npos) << on_program;
  EXPECT_NE(on_program.find("href=\"../../q/index.html\""), std::string::npos) << on_program;
  EXPECT_NE(on_program.find(" væk</p>"), std::string::npos) << on_program;

  std::vector<std::string> seen;
  pdf::MarkdownSources sources;
  sources.link = [&](const LinkTarget& t) {
    seen.push_back(t.url);
    return t.kind == LinkKind::kPackage ? std::string("https://x/") : std::string();
  };
  sources.image = [&](const LinkTarget& t) {
    seen.push_back(t.url);
    return -1;
  };
  pdf::MarkdownBlocks(*BodyOf(text, "packages/p"), pdf::MarkdownStyle{}, sources);
  EXPECT_EQ(seen, (std::vector<std::string>{"assets/a.png", "../q/", "javascript:x"}));
  cmark_node* heading = cmark_node_first_child(BodyOf(text, "packages/p")->root());
  EXPECT_EQ(cmark_node_get_type(heading), CMARK_NODE_HEADING);
}

TEST_F(BodyTest, ThreadsRenderOneBodyAtOnce) {
  std::string md;
  for (int i = 0; i < 40; ++i)
    md += "## Afsnit " + std::to_string(i) + " på https://www.sst.dk\n\nTekst [link](../q/) og ![b](assets/b.png).\n\n";
  MarkdownText text = Md(md);
  std::string expected = Html(text, "pakker/p/");
  std::vector<std::string> got(6);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        got[t] = Html(text, "pakker/p/");
        pdf::MarkdownBlocks(*BodyOf(text, "packages/p"), pdf::MarkdownStyle{}, pdf::MarkdownSources{});
      }
    });
  for (std::thread& t : threads) t.join();
  for (const std::string& html : got) EXPECT_EQ(html, expected);
}

TEST_F(BodyTest, TheBodyEndsWithItsText) {
  std::weak_ptr<const Body> kept;
  {
    MarkdownText text = Md("Tekst.\n");
    kept = BodyOf(text, "packages/p");
    EXPECT_FALSE(kept.expired());
  }
  EXPECT_TRUE(kept.expired());  // the Body's own copy of the text does not keep the slot
}

}  // namespace
}  // namespace klynge
