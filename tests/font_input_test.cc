// The fonts are build inputs read by the theme loader, not by the PDF
// renderer: a changed font file (outside the theme folder, so only its own
// hash can tell) renders the PDFs again, byte-identical to a clean build's;
// an unchanged one leaves the build up to date. No cache in the process
// keeps the old font, so this holds within one process too.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/build.h"
#include "support/file_tree.h"
#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

const char* kRegular = "/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf";
const char* kLight = "/usr/share/fonts/truetype/open-sans/OpenSans-Light.ttf";

TreeSnapshot Pdfs(const std::string& dir) {
  TreeSnapshot pdfs;
  for (const auto& [path, bytes] : SnapshotTree(dir))
    if (path.ends_with(".pdf")) pdfs[path] = bytes;
  return pdfs;
}

TEST(FontInputTest, AChangedFontFileRendersThePdfsAgain) {
  cmark_gfm_core_extensions_ensure_registered();
  TempSite site, fonts;
  site.Write("site.yaml", kSiteYaml);
  site.Write("packages/smerte/package.md", kPackageMd);
  std::string theme = site.root() + "/themes/default";
  fs::create_directories(site.root() + "/themes");
  fs::copy(SourceThemeDir(), theme, fs::copy_options::recursive);
  std::string font = fonts.root() + "/Brød.ttf";
  fs::copy_file(kRegular, font);
  std::ifstream in(theme + "/print.yaml");
  std::string print((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::string from = std::string("regular: ") + kRegular;
  ASSERT_NE(print.find(from), std::string::npos);
  print.replace(print.find(from), from.size(), "regular: " + font);
  std::ofstream(theme + "/print.yaml", std::ios::binary | std::ios::trunc) << print;

  BuildOptions options;
  options.root = site.root();
  std::ostringstream err;
  ASSERT_EQ(RunBuild(options, err).exit_code, 0) << err.str();
  TreeSnapshot before = Pdfs(site.root() + "/output");
  ASSERT_FALSE(before.empty());
  EXPECT_TRUE(RunBuild(options, err).up_to_date) << "an unchanged font is no change";

  fs::copy_file(kLight, font, fs::copy_options::overwrite_existing);
  BuildResult rebuilt = RunBuild(options, err);
  ASSERT_EQ(rebuilt.exit_code, 0) << err.str();
  EXPECT_FALSE(rebuilt.up_to_date);
  TreeSnapshot after = Pdfs(site.root() + "/output");
  EXPECT_NE(DiffTrees(before, after), "") << "the PDFs kept the old font";
  options.use_cache = false;
  options.output_dir = site.root() + "/clean";
  ASSERT_EQ(RunBuild(options, err).exit_code, 0) << err.str();
  EXPECT_EQ(DiffTrees(Pdfs(options.output_dir), after), "");
}

}  // namespace
}  // namespace klynge::testing
