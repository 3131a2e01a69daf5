#include "markdown/parsed_markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace klynge {
namespace {

class ParsedMarkdownTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }
};

TEST_F(ParsedMarkdownTest, LinkPositionMapsToTheFileLine) {
  MarkdownText md{"Første afsnit.\n\nSe [retningslinjen](assets/x.pdf).\n", "content/p/package.md", 8, 1};
  ParsedMarkdown doc(md);
  cmark_node* link = nullptr;
  ForEachNode(doc.root(), [&](cmark_node* n) {
    if (cmark_node_get_type(n) == CMARK_NODE_LINK) link = n;
  });
  ASSERT_NE(link, nullptr);
  EXPECT_STREQ(cmark_node_get_url(link), "assets/x.pdf");
  SourceLocation at = doc.Where(link);
  EXPECT_EQ(at.path, "content/p/package.md");
  EXPECT_EQ(at.line, 10);
}

TEST_F(ParsedMarkdownTest, TablesParseWithTheExtension) {
  MarkdownText md{"| a | b |\n|---|---|\n| 1 | 2 |\n", "x.md", 1, 1};
  ParsedMarkdown doc(md);
  bool table = false;
  ForEachNode(doc.root(), [&](cmark_node* n) {
    if (std::string(cmark_node_get_type_string(n)) == "table") table = true;
  });
  EXPECT_TRUE(table);
}

TEST_F(ParsedMarkdownTest, PlainTextJoinsInlines) {
  MarkdownText md{"Blok 1: *Simple* kroniske `smerter`\n", "x.md", 1, 1};
  ParsedMarkdown doc(md);
  EXPECT_EQ(PlainText(doc.root()), "Blok 1: Simple kroniske smerter");
}

// Debian's cmark-gfm takes seconds on 40,000 unclosed `![` followed by links
// (quadratic). Text over the source limits is never handed to it, whoever
// parses: validation has reported it, and renderers get an empty document.
TEST_F(ParsedMarkdownTest, TextOverTheSourceLimitsParsesAsAnEmptyDocument) {
  std::string images;
  for (int i = 0; i < 40000; ++i) images += "![[]()";
  auto start = std::chrono::steady_clock::now();
  ParsedMarkdown doc(MarkdownText{images, "x.md", 1, 1});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(cmark_node_first_child(doc.root()), nullptr);
  EXPECT_LT(seconds, 0.5);
  ParsedMarkdown ok(MarkdownText{images.substr(0, 6 * 500), "x.md", 1, 1});
  EXPECT_NE(cmark_node_first_child(ok.root()), nullptr);
}

// Issue 12, case 3: a node moved out of a removed heading still points into
// the heading's memory, so removed nodes live as long as the document.
TEST_F(ParsedMarkdownTest, DiscardedNodesLiveAsLongAsTheDocument) {
  ParsedMarkdown doc(MarkdownText{"## Se https://www.sst.dk\n", "x.md", 1, 1});
  cmark_node* heading = cmark_node_first_child(doc.root());
  cmark_node* link = cmark_node_last_child(heading);
  ASSERT_EQ(cmark_node_get_type(link), CMARK_NODE_LINK);
  cmark_node* paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
  cmark_node_unlink(link);
  ASSERT_TRUE(cmark_node_append_child(paragraph, link));
  cmark_node_insert_before(heading, paragraph);
  doc.Discard(heading);
  EXPECT_EQ(cmark_node_first_child(doc.root()), paragraph);
  EXPECT_STREQ(cmark_node_get_url(link), "https://www.sst.dk");  // ASan: no use after free
}

}  // namespace
}  // namespace klynge
