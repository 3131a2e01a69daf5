// End-to-end: `klynge check` checks the site's theme the way `build` loads
// it, writing nothing: a template that does not parse, a name no page
// supplies (at its file:line:col, in a partial too) and a print font that is
// missing or does not load each make it exit 1 with the theme file named.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/file_tree.h"
#include "support/run_klynge.h"
#include "support/temp_site.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

class ThemeCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(root_);
    fs::copy(SampleRoot() + "/content", root_ / "content", fs::copy_options::recursive);
    fs::copy(SampleRoot() + "/themes", root_ / "themes", fs::copy_options::recursive);
  }

  fs::path Theme(const std::string& rel) const { return root_ / "themes/default" / rel; }

  std::string Read(const std::string& rel) const {
    std::ifstream in(Theme(rel), std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }

  void Write(const std::string& rel, const std::string& text) const {
    fs::create_directories(Theme(rel).parent_path());
    std::ofstream(Theme(rel), std::ios::binary) << text;
  }

  // Replaces the first `from` in the theme file `rel`.
  void Replace(const std::string& rel, const std::string& from, const std::string& to) const {
    std::string text = Read(rel);
    size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << rel << " lacks " << from;
    text.replace(at, from.size(), to);
    Write(rel, text);
  }

  // `klynge check` must fail with `message` in its output and write nothing.
  void ExpectCheckFails(const std::string& message) const {
    RunResult r = RunKlynge(root_.string(), "check");
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(root_ / "output")) << "check wrote output";
  }

  TempSite scratch_;
  fs::path root_ = fs::path(scratch_.root()) / "site";
  std::string theme_ = "themes/default";  // as klynge names it, run in the site root
};

TEST_F(ThemeCheckTest, TheSampleSitePasses) {
  RunResult own = RunKlynge(root_.string(), "check");
  EXPECT_EQ(own.exit_code, 0) << own.err;
  EXPECT_EQ(own.err.find("error"), std::string::npos) << own.err;
  RunResult sample = RunKlynge(SampleRoot(), "check");
  EXPECT_EQ(sample.exit_code, 0) << sample.err;
}

TEST_F(ThemeCheckTest, ATemplateThatDoesNotParse) {
  Replace("templates/story.mustache", "{{/summary}}", "");
  ExpectCheckFails(theme_ + "/templates/story.mustache:7:1: section {{#summary}} is not closed");
}

TEST_F(ThemeCheckTest, ANameNoPageSuppliesIsAnErrorAtItsPlace) {
  Replace("templates/story.mustache", "<h1>{{title}}</h1>", "<h1>{{titel}}</h1>");
  ExpectCheckFails(theme_ + "/templates/story.mustache:5:5: {{titel}} is not supplied");
}

TEST_F(ThemeCheckTest, ANameInAPartialIsReportedInThePartialFile) {
  // card.mustache is inlined into catalog.mustache; the place is the partial's own.
  Replace("templates/partials/card.mustache", "<a href=\"{{url}}\">{{title}}</a></h3>",
          "<a href=\"{{url}}\">{{tilte}}</a></h3>");
  ExpectCheckFails(theme_ + "/templates/partials/card.mustache:2:42: {{tilte}} is not supplied");
  // And text after the partial is placed in the including template again.
  Replace("templates/partials/card.mustache", "{{tilte}}", "{{title}}");
  Replace("templates/catalog.mustache", "{{> card}}", "{{> card}}{{nope}}");
  RunResult r = RunKlynge(root_.string(), "check");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(theme_ + "/templates/catalog.mustache:18:11: {{nope}} is not supplied"), std::string::npos)
      << r.err;
}

TEST_F(ThemeCheckTest, AMisspeltNameInTheClusterPackIndexIsAnErrorAtItsPlace) {
  Replace("templates/cluster_index.mustache", "<h1>{{cluster_name}}</h1>", "<h1>{{cluster_nam}}</h1>");
  ExpectCheckFails(theme_ + "/templates/cluster_index.mustache:13:5: {{cluster_nam}} is not supplied");
}

TEST_F(ThemeCheckTest, AMisspeltNameInAClinicsEnvelopeIsAnError) {
  Replace("templates/cluster_index.mustache", "<span class=\"meta\">{{id}}</span>", "{{ydernummer}}");
  ExpectCheckFails(theme_ + "/templates/cluster_index.mustache:40:");
  ExpectCheckFails("{{ydernummer}} is not supplied");
}

// A site's theme holds only what it changes: a template it lacks comes from
// the installed theme, so a site with clusters still gets its pack index.
TEST_F(ThemeCheckTest, AThemeWithoutTheClusterPackIndexTakesTheInstalledOne) {
  fs::remove(Theme("templates/cluster_index.mustache"));
  RunResult r = RunKlynge(root_.string(), "check");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("cluster_index"), std::string::npos) << r.err;
}

TEST_F(ThemeCheckTest, AMissingFontIsAnErrorInPrintYaml) {
  Replace("print.yaml", "regular: /usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf",
          "regular: fonts/missing.ttf");
  ExpectCheckFails(theme_ + "/print.yaml:7:12: error: cannot read the font file " + theme_ + "/fonts/missing.ttf");
}

TEST_F(ThemeCheckTest, AFontThatDoesNotLoadIsAnError) {
  // TrueType's magic number, then nothing a font needs.
  Write("fonts/broken.ttf", std::string("\0\1\0\0", 4) + std::string(60, 'x'));
  Replace("print.yaml", "bold: /usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf", "bold: fonts/broken.ttf");
  ExpectCheckFails(theme_ + "/print.yaml: the font `bold` does not load: " + theme_ + "/fonts/broken.ttf is ");
}

}  // namespace
}  // namespace klynge::testing
