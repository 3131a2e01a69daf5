#include "load/yaml_cache.h"

#include <gtest/gtest.h>

#include "load/content_loader.h"
#include "load/yaml_reader.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::TempSite;

std::shared_ptr<const YamlTree> Parse(const std::string& text) { return ReadYaml(text).tree; }

TEST(YamlCacheTest, FindsExactlyTheTextItStored) {
  YamlCache cache;
  cache.Store("title: Smertebehandling\n", Parse("title: Smertebehandling\n"));
  std::shared_ptr<const YamlTree> found = cache.Find("title: Smertebehandling\n");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->root()->Find("title")->text(), "Smertebehandling");
  EXPECT_FALSE(cache.Find("title: Smertebehandling \n"));
  EXPECT_FALSE(cache.Find(""));
}

TEST(YamlCacheTest, DropsWhatARebuildNoLongerUsed) {
  YamlCache cache;
  cache.Store("a: 1\n", Parse("a: 1\n"));
  cache.Store("b: 2\n", Parse("b: 2\n"));
  cache.DropUnused();  // both were just stored: both stay, now unmarked
  ASSERT_TRUE(cache.Find("a: 1\n"));
  cache.DropUnused();
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_TRUE(cache.Find("a: 1\n"));
  EXPECT_FALSE(cache.Find("b: 2\n"));
}

TEST(YamlCacheTest, ALoadThroughTheCacheSeesEditsAndStillReportsBrokenFiles) {
  TempSite site;
  site.Write("site.yaml", testing::kSiteYaml);
  site.Write("packages/smertebehandling/package.md", testing::kPackageMd);
  site.Write("packages/smertebehandling/program.yaml", "blocks: []\n");
  site.Write("packages/smertebehandling/drejebog.yaml", "before: [\n");  // broken
  YamlCache cache;
  for (int round = 0; round < 2; ++round) {
    Diagnostics diags;
    ContentTree tree = LoadContent(site.content(), &diags, 0, {&cache});
    ASSERT_EQ(tree.packages.size(), 1u);
    EXPECT_TRUE(tree.packages[0].program->ok);
    EXPECT_TRUE(tree.packages[0].program->root->Find("blocks")->IsSequence());
    // Not cached: reported on every load, at its place.
    EXPECT_EQ(diags.error_count(), 1) << "round " << round << "\n" << testing::Describe(diags);
  }
  EXPECT_EQ(cache.size(), 3u);  // site.yaml, the front matter, program.yaml

  site.Write("packages/smertebehandling/program.yaml", "blocks:\n  - title: Velkomst\n");
  Diagnostics diags;
  ContentTree tree = LoadContent(site.content(), &diags, 0, {&cache});
  ASSERT_TRUE(tree.packages[0].program->ok);
  EXPECT_EQ(tree.packages[0].program->root->Find("blocks")->items()[0]->Find("title")->text(), "Velkomst");
  EXPECT_EQ(cache.size(), 3u) << "the old program.yaml should have been dropped";
}

}  // namespace
}  // namespace klynge
