// End-to-end: hostile Markdown through the real `klynge` binary (issue 12,
// cases 3, 4 and 5, and the Markdown limits). Built with KLYNGE_SANITIZE,
// the binary aborts on a use-after-free, so these also run clean under ASan.

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "support/pdf_tools.h"
#include "support/temp_site.h"

namespace klynge::testing {
namespace {

const char* const kPackagePath = "packages/smertebehandling/package.md";
const char* const kShownPackagePath = "content/packages/smertebehandling/package.md";

// package.md with `body` from line 7 on.
std::string PackageWith(const std::string& body) {
  return "---\n"                         // 1
         "title: Smertebehandling\n"     // 2
         "topic: Medicin\n"              // 3
         "provider: KAP-H\n"             // 4
         "duration: 150\n"               // 5
         "---\n" +                       // 6
         body;
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

::testing::AssertionResult NoCrashNoise(const std::string& err) {
  for (const char* noise : {"AddressSanitizer", "runtime error:", "Segmentation", "Aborted", "terminate called"})
    if (err.find(noise) != std::string::npos)
      return ::testing::AssertionFailure() << "stderr contains \"" << noise << "\":\n" << err;
  return ::testing::AssertionSuccess();
}

// A line "`at`…: error: …`needle`…" in `err`; `at` is a path, or path:line:col.
::testing::AssertionResult HasError(const std::string& err, const std::string& at, const std::string& needle) {
  for (size_t begin = 0; begin < err.size();) {
    size_t end = err.find('\n', begin);
    if (end == std::string::npos) end = err.size();
    std::string line = err.substr(begin, end - begin);
    size_t mark = line.find(": error: ");
    // With a line and column, the message follows them at once.
    bool placed = at.find(':') == std::string::npos ? line.compare(at.size(), 1, ":") == 0 : mark == at.size();
    if (line.starts_with(at) && placed && mark != std::string::npos && line.find(needle, mark) != std::string::npos)
      return ::testing::AssertionSuccess();
    begin = end + 1;
  }
  return ::testing::AssertionFailure() << "expected \"" << at << "…: error: …" << needle << "…\"; stderr:\n"
                                       << err.substr(0, 4000);
}

class HostileMarkdownTest : public ::testing::Test {
 protected:
  void SetUp() override { site_.Write("site.yaml", kSiteYaml); }

  std::string PackageHtml() const {
    return ReadFile(site_.root() + "/output/site/pakker/smertebehandling/index.html");
  }
  std::string HandoutText() const {
    return PdfText(ReadFile(site_.root() + "/output/site/pakker/smertebehandling/pdf/klyngepakke.pdf"));
  }
  // Runs `klynge build`; returns its exit code and the seconds it took.
  int Build(std::string* err, double* seconds = nullptr) const {
    auto start = std::chrono::steady_clock::now();
    int code = site_.Run("build", err);
    if (seconds) *seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return code;
  }

  TempSite site_;
};

// Case 3: the heading's autolink read the freed heading (heap-use-after-free
// in cmark_node_get_url); the release build dropped the link.
TEST_F(HostileMarkdownTest, ABareUrlInAHeadingIsPublishedAsALink) {
  site_.Write(kPackagePath, PackageWith("Formålet.\n\n## Læs mere på https://www.sst.dk\n\nTekst.\n"));
  std::string err;
  ASSERT_EQ(Build(&err), 0) << err;
  EXPECT_TRUE(NoCrashNoise(err));
  EXPECT_NE(PackageHtml().find(">Læs mere på <a href=\"https://www.sst.dk\">https://www.sst.dk</a></h2>"),
            std::string::npos)
      << PackageHtml();
  EXPECT_NE(HandoutText().find("Læs mere på https://www.sst.dk"), std::string::npos);
}

// Case 4: `check` passed and `build` died with SIGSEGV (exit 139).
TEST_F(HostileMarkdownTest, AnImageInsideAnImageBuildsTheSiteAndThePdf) {
  site_.Write(kPackagePath, PackageWith("Formålet.\n\n![![x](javascript:a)](javascript:b)\n"));
  std::string err;
  EXPECT_EQ(site_.Run("check", &err), 0) << err;
  ASSERT_EQ(Build(&err), 0) << err;
  EXPECT_TRUE(NoCrashNoise(err));
  EXPECT_NE(PackageHtml().find("<p>x</p>"), std::string::npos);
  EXPECT_EQ(PackageHtml().find("javascript"), std::string::npos);
  EXPECT_NE(HandoutText().find("\nx\n"), std::string::npos) << HandoutText();
}

// Case 5: `>` × N then " x" stalled the PDF layout (1,000: 14.6 s) and
// overflowed its stack (15,000). Sixteen levels build; seventeen are an
// error at the seventeenth `>`.
TEST_F(HostileMarkdownTest, QuotesNestedPastSixteenLevelsAreAnErrorAtTheLine) {
  site_.Write(kPackagePath, PackageWith("Formålet.\n\n" + std::string(16, '>') + " x\n"));
  std::string err;
  ASSERT_EQ(Build(&err), 0) << err;
  EXPECT_NE(HandoutText().find("x"), std::string::npos);

  site_.Write(kPackagePath, PackageWith("Formålet.\n\n" + std::string(17, '>') + " x\n"));
  EXPECT_EQ(Build(&err), 1) << err;
  EXPECT_TRUE(HasError(err, std::string(kShownPackagePath) + ":9:17", "nested more than 16 levels"));
}

TEST_F(HostileMarkdownTest, DeepNestingAnywhereIsRefusedQuickly) {
  site_.Write(kPackagePath, PackageWith("Formålet.\n\n" + std::string(100000, '>') + " x\n\n" +
                                        Repeat("- ", 1000) + "x\n\n" + std::string(60000, '*') + "x" +
                                        std::string(60000, '*') + "\n"));
  // A Markdown value in YAML: a block scalar, de-indented by the YAML parser.
  site_.Write("packages/smertebehandling/program.yaml",
              "title: Program\n"                           // 1
              "blocks:\n"                                  // 2
              "  - title: Intro\n"                         // 3
              "    minutes: 10\n"                          // 4
              "    items:\n"                               // 5
              "      - minutes: 10\n"                      // 6
              "        text: |\n"                          // 7
              "          Første linje.\n"                  // 8
              "\n"                                         // 9
              "          " + Repeat("> ", 20) + "x\n");    // 10
  std::string err;
  double seconds = 0;
  EXPECT_EQ(Build(&err, &seconds), 1) << err.substr(0, 4000);
  EXPECT_LT(seconds, 10);
  EXPECT_TRUE(NoCrashNoise(err));
  EXPECT_TRUE(HasError(err, std::string(kShownPackagePath) + ":9:17", "block quotes and lists are nested"));
  EXPECT_TRUE(HasError(err, "content/packages/smertebehandling/program.yaml:10:43",
                       "block quotes and lists are nested"));
}

// A table row of n cells is quadratic in Debian's cmark-gfm (20,000 cells
// took seconds per parse, and every text is parsed several times).
TEST_F(HostileMarkdownTest, AWideTableRowIsRefusedBeforeItIsParsed) {
  site_.Write(kPackagePath,
              PackageWith("Formålet.\n\n| a | b |\n|---|---|\n" + Repeat("|x", 20000) + "\n"));
  std::string err;
  double seconds = 0;
  EXPECT_EQ(Build(&err, &seconds), 1) << err.substr(0, 4000);
  EXPECT_LT(seconds, 5);
  EXPECT_TRUE(HasError(err, std::string(kShownPackagePath) + ":11:257", "at most 64 columns"));
}

// A longer text was cut at 512 KB without a word.
TEST_F(HostileMarkdownTest, AMarkdownTextOverTheSizeLimitIsAnError) {
  std::string paragraph = Repeat("Lidt tekst om smertebehandling i almen praksis. ", 20) + "\n\n";
  site_.Write(kPackagePath, PackageWith(Repeat(paragraph, 300)));  // 282 KB
  std::string err;
  EXPECT_EQ(Build(&err), 1) << err.substr(0, 4000);
  EXPECT_TRUE(HasError(err, kShownPackagePath, "one text may be at most 256 KB"));
}

}  // namespace
}  // namespace klynge::testing
