// Deep nesting in the PDF layout (issue 12, case 5): nested quotes once took
// cubic time and then overflowed the stack. Layout work is now linear in the
// blocks however deep they nest, and Markdown past the limits is laid out at
// the deepest level allowed.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>
#include <pthread.h>
#include <time.h>

#include <cstdio>
#include <functional>
#include <string>

#include "markdown/body.h"
#include "model/print_theme.h"
#include "render/pdf/layout/block_layout.h"
#include "render/pdf/layout/markdown_blocks.h"
#include "render/pdf/layout/paginator.h"
#include "render/pdf/layout/pdf_document.h"
#include "render/pdf/layout/typeset.h"
#include "support/pdf_tools.h"

namespace klynge::pdf {
namespace {

using ::klynge::testing::PdfPageCount;
using ::klynge::testing::PdfText;
using ::klynge::testing::RunShell;

FontFiles TestFonts() { return ::klynge::testing::DefaultFonts(); }

std::string Save(PdfDocument& doc) {
  std::string bytes;
  Status status = doc.Save(&bytes);
  EXPECT_TRUE(status.ok()) << status.message();
  return bytes;
}

std::string Render(const std::vector<Block>& blocks) {
  PdfDocument doc(TestFonts());
  Typeset(doc, PageSetup::A4Portrait(), blocks, nullptr);
  return Save(doc);
}

// Rectangles drawn on page `page` (0: all pages), counted in the content
// streams as qpdf uncompresses them: each fill and bar is one `re`.
int Rectangles(const std::string& pdf, int page = 0) {
  char name[] = "/tmp/klynge-nesting-XXXXXX";
  int fd = mkstemp(name);
  if (fd < 0) return -1;
  FILE* f = fdopen(fd, "wb");
  fwrite(pdf.data(), 1, pdf.size(), f);
  fclose(f);
  std::string pages = page > 0 ? " --pages . " + std::to_string(page) + " --" : "";
  std::string out;
  RunShell("qpdf --qdf --object-streams=disable '" + std::string(name) + "'" + pages + " - | grep -ac ' re$'",
           &out);
  std::remove(name);
  return std::atoi(out.c_str());
}

// A quote's panel; narrow, so that 200 of them leave room for text.
Panel Quote(std::vector<Block> blocks) {
  Panel panel;
  panel.blocks = std::move(blocks);
  panel.bar = Color{0.78f, 0.81f, 0.85f};
  panel.bar_width = 0.5f;
  panel.padding = 0.5f;
  return panel;
}

Paragraph Para(std::string text) {
  Paragraph p;
  p.spans.push_back(Span{std::move(text)});
  return p;
}

// Runs `work` on a thread with a 1 GiB stack, for layouts nested deeper than
// the limits allow; returns its CPU time in seconds.
double CpuSecondsOnBigStack(const std::function<void()>& work) {
  struct Job {
    const std::function<void()>* work;
    double seconds = 0;
  } job{&work};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  pthread_t thread;
  auto run = [](void* arg) -> void* {
    Job* j = static_cast<Job*>(arg);
    timespec a, b;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
    (*j->work)();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
    j->seconds = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) * 1e-9;
    return nullptr;
  };
  EXPECT_EQ(pthread_create(&thread, &attr, run, &job), 0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  return job.seconds;
}

class PdfNestingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  static std::vector<Block> Markdown(const std::string& md, int max_nesting = kMaxBlockNesting) {
    Body body(MarkdownText{md, "x.md", 1, 1}, "packages/p");
    MarkdownStyle style;
    style.max_nesting = max_nesting;
    return MarkdownBlocks(body, style, MarkdownSources{});
  }

  // How many panels are nested in the first block.
  static int PanelDepth(const std::vector<Block>& blocks) {
    int depth = 0;
    const std::vector<Block>* level = &blocks;
    while (!level->empty()) {
      const Panel* panel = std::get_if<Panel>(&level->front().content);
      if (!panel) break;
      ++depth;
      level = &panel->blocks;
    }
    return depth;
  }
};

// Each panel's bar was copied into every box inside it: 200 levels drew
// about 40,000 bars. Now a bar is drawn once per page it is on.
TEST_F(PdfNestingTest, NestedPanelsDrawEachBarOncePerPage) {
  std::vector<Block> blocks = {Para("Inderst")};
  for (int i = 0; i < 200; ++i) blocks = {Quote(std::move(blocks))};
  std::string pdf = Render(blocks);
  EXPECT_EQ(PdfPageCount(pdf), 1);
  EXPECT_EQ(Rectangles(pdf), 200);
  EXPECT_NE(PdfText(pdf).find("Inderst"), std::string::npos);
}

TEST_F(PdfNestingTest, APanelsBarFollowsItOntoTheNextPage) {
  std::vector<Block> lines;
  for (int i = 0; i < 60; ++i) lines.push_back(Para("Linje " + std::to_string(i)));  // 14 pt each
  std::vector<Block> blocks = {Para("Før citatet"), Quote({Para("Ydre"), Quote(std::move(lines))})};
  std::string pdf = Render(blocks);
  ASSERT_EQ(PdfPageCount(pdf), 2);
  EXPECT_EQ(Rectangles(pdf, 1), 2);  // the outer and the inner bar
  EXPECT_EQ(Rectangles(pdf, 2), 2);
  EXPECT_NE(PdfText(pdf, 2, 2).find("Linje 59"), std::string::npos);
}

// The paginator walked each box's keep-with-next chain again for every box
// in it: quadratic in a deep panel, whose boxes are all one chain.
TEST_F(PdfNestingTest, ALongKeepWithNextChainPaginatesInLinearTime) {
  std::vector<Box> boxes(200000, Box{1});
  for (Box& box : boxes) box.keep_with_next = true;
  std::vector<PageBoxes> pages;
  double seconds = CpuSecondsOnBigStack([&] { pages = Paginate(boxes, 70000); });
  EXPECT_EQ(pages.size(), 3u);
  EXPECT_LT(seconds, 1.0);
}

// 20,000 nested quotes overflowed the stack in the converter (15,000 did in
// `klynge build`). Past 16 levels they are laid out at the 16th.
TEST_F(PdfNestingTest, MarkdownPastTheNestingLimitIsLaidOutAtTheDeepestLevel) {
  std::vector<Block> blocks = Markdown(std::string(20000, '>') + " inderst\n");
  EXPECT_EQ(PanelDepth(blocks), kMaxBlockNesting);
  std::string pdf = Render(blocks);
  EXPECT_EQ(Rectangles(pdf), kMaxBlockNesting);
  EXPECT_NE(PdfText(pdf).find("inderst"), std::string::npos);

  std::string lists;
  for (int i = 0; i < 40; ++i) lists += std::string(2 * i, ' ') + "- punkt " + std::to_string(i) + "\n";
  std::string text = PdfText(Render(Markdown(lists)));
  EXPECT_NE(text.find("punkt 39"), std::string::npos) << text;
}

// 60,000 levels of strong emphasis (240 KB) overflowed the stack in the
// converter; past 32 levels the text is plain.
TEST_F(PdfNestingTest, EmphasisPastTheLimitIsPlainText) {
  std::string md = std::string(120000, '*') + "kerne" + std::string(120000, '*') + "\n";
  std::vector<Block> blocks = Markdown(md);
  ASSERT_EQ(blocks.size(), 1u);
  const Paragraph* p = std::get_if<Paragraph>(&blocks[0].content);
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->spans.size(), 1u);
  EXPECT_EQ(p->spans[0].text, "kerne");
  EXPECT_EQ(p->spans[0].face, Face::kBold);
}

// Issue 12, case 4, on the PDF side: an image in an image's description
// prints the description's text.
TEST_F(PdfNestingTest, AnImageInsideAnImageIsItsText) {
  std::string text = PdfText(Render(Markdown("![![x](javascript:a)](javascript:b)\n\nog ![![y](a.png)](b.png) her\n")));
  EXPECT_NE(text.find("x"), std::string::npos) << text;
  EXPECT_NE(text.find("og y her"), std::string::npos) << text;
}

// With the nesting limit raised past the input, 10,000 nested quotes are
// converted, laid out and paginated in about ten times the time of 1,000:
// linear (1,000 took 14.6 s before). Drawing them is not: each quote's bar
// runs down every page its 8 pt of padding pushes the text onto, some
// N²/180 bars in all, which is why Markdown stops at 16 levels.
TEST_F(PdfNestingTest, NestedQuotesLayOutInLinearTime) {
  auto lay_out = [](int depth) {
    return CpuSecondsOnBigStack([depth] {
      std::vector<Block> blocks = Markdown(std::string(depth, '>') + " x\n", depth + 1);
      EXPECT_EQ(PanelDepth(blocks), depth);
      PdfDocument doc(TestFonts());
      PageSetup page = PageSetup::A4Portrait();
      BlockLayout layout(doc, page.body_height());
      Column column = layout.LayOut(blocks, page.body_width());
      EXPECT_EQ(column.bands.size(), static_cast<size_t>(depth));
      EXPECT_GT(Paginate(column.boxes, page.body_height()).size(), static_cast<size_t>(depth / 100));
    });
  };
  lay_out(100);  // fonts and metrics loaded once
  double small = lay_out(1000), large = lay_out(10000);
  std::printf("nested quotes, CPU time to convert, lay out and paginate: 1,000 levels %.4f s, "
              "10,000 levels %.4f s\n", small, large);
  EXPECT_LT(large, 30 * small + 0.02) << "not linear";
}

}  // namespace
}  // namespace klynge::pdf
