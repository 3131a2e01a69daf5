#include "validate/story_validator.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "support/expect_diagnostic.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::HasError;
using testing::HasWarning;
using testing::TempSite;

class StoryValidatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    site_.Write("site.yaml", testing::kSiteYaml);
    site_.Write("packages/smertebehandling/package.md", testing::kPackageMd);
    site_.Write("packages/dosisdispensering/package.md", testing::kPackageMd);
  }

  Catalog Check() {
    diags_ = Diagnostics();
    return site_.Check(&diags_);
  }

  std::string Path(const std::string& slug) const { return site_.content() + "/stories/" + slug + ".md"; }

  TempSite site_;
  Diagnostics diags_;
};

TEST_F(StoryValidatorTest, ValidStoryBuildsTheModel) {
  site_.Write("stories/aalborg-vest.md",
              "---\n"
              "title: Færre opioider i Aalborg Vest\n"
              "date: 2023-09-01\n"
              "cluster: Aalborg Klynge Vest\n"
              "packages: [smertebehandling, dosisdispensering]\n"
              "summary: Klyngen halverede forbruget.\n"
              "---\n"
              "Vi brugte [pakken](../packages/smertebehandling/) og [en anden historie](odense.md).\n");
  site_.Write("stories/odense.md", "---\ntitle: Odense\ndate: 2024-01-15\n---\nTekst.\n");
  Catalog catalog = Check();
  EXPECT_EQ(diags_.list().size(), 0u) << testing::Describe(diags_);
  ASSERT_EQ(catalog.stories.size(), 2u);
  const Story& s = catalog.stories[1];
  EXPECT_EQ(s.slug, "aalborg-vest");
  EXPECT_EQ(s.title, "Færre opioider i Aalborg Vest");
  EXPECT_EQ(s.date.Iso(), "2023-09-01");
  EXPECT_EQ(s.cluster, "Aalborg Klynge Vest");
  EXPECT_EQ(s.packages, (std::vector<std::string>{"smertebehandling", "dosisdispensering"}));
  EXPECT_EQ(s.summary, "Klyngen halverede forbruget.");
  EXPECT_EQ(s.body.first_line, 8);
  EXPECT_EQ(catalog.StoriesAbout("dosisdispensering").size(), 1u);
}

TEST_F(StoryValidatorTest, StoriesAreNewestFirstThenBySlug) {
  site_.Write("stories/b.md", "---\ntitle: B\ndate: 2023-05-01\n---\n");
  site_.Write("stories/a.md", "---\ntitle: A\ndate: 2023-05-01\n---\n");
  site_.Write("stories/c.md", "---\ntitle: C\ndate: 2022-12-31\n---\n");
  site_.Write("stories/d.md", "---\ntitle: D\ndate: 2024-02-29\n---\n");
  Catalog catalog = Check();
  ASSERT_EQ(catalog.stories.size(), 4u) << testing::Describe(diags_);
  EXPECT_EQ(catalog.stories[0].slug, "d");
  EXPECT_EQ(catalog.stories[1].slug, "a");
  EXPECT_EQ(catalog.stories[2].slug, "b");
  EXPECT_EQ(catalog.stories[3].slug, "c");
}

TEST_F(StoryValidatorTest, TitleAndDateAreRequired) {
  site_.Write("stories/x.md", "---\ncluster: Vest\n---\nTekst.\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path("x"), 2, 1, "the story's front matter is missing the required key `title`"));
  EXPECT_TRUE(HasError(diags_, Path("x"), 2, 1, "the story's front matter is missing the required key `date`"));
}

TEST_F(StoryValidatorTest, DateMustBeARealIsoDate) {
  site_.Write("stories/x.md", "---\ntitle: X\ndate: 2023-02-30\n---\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path("x"), 3, 7, "`date` must be a date written YYYY-MM-DD, found \"2023-02-30\""));
}

TEST_F(StoryValidatorTest, PackagesMustExist) {
  site_.Write("stories/x.md",
              "---\n"
              "title: X\n"
              "date: 2023-02-01\n"
              "packages:\n"
              "  - smertebehandlin\n"
              "  - Smerte Behandling\n"
              "  - smertebehandling\n"
              "  - smertebehandling\n"
              "---\n");
  Catalog catalog = Check();
  EXPECT_TRUE(HasError(diags_, Path("x"), 5, 5,
                       "`packages` names a package that does not exist: \"smertebehandlin\" "
                       "(did you mean `smertebehandling`?)"));
  EXPECT_TRUE(HasError(diags_, Path("x"), 6, 5,
                       "each entry of `packages` must be a package slug such as smertebehandling, "
                       "found \"Smerte Behandling\""));
  EXPECT_TRUE(HasWarning(diags_, Path("x"), 8, 5, "package \"smertebehandling\" is listed twice in `packages`"));
}

TEST_F(StoryValidatorTest, DraftPackageIsAWarning) {
  site_.Write("packages/kladde/package.md",
              "---\ntitle: K\ntopic: Medicin\nprovider: K\nduration: 60\ndraft: true\n---\n");
  site_.Write("stories/x.md", "---\ntitle: X\ndate: 2023-02-01\npackages: [smertebehandling, kladde]\n---\n");
  Catalog catalog = Check();
  EXPECT_TRUE(HasWarning(diags_, Path("x"), 4, 30,
                         "`packages` names \"kladde\", a draft package: it is not shown until it is published"));
  EXPECT_EQ(diags_.error_count(), 0) << testing::Describe(diags_);
}

TEST_F(StoryValidatorTest, UnknownKeyIsAWarning) {
  site_.Write("stories/x.md", "---\ntitle: X\ndate: 2023-02-01\nsumary: Kort.\n---\n");
  Check();
  EXPECT_TRUE(HasWarning(diags_, Path("x"), 4, 1,
                         "unknown key `sumary` in the story's front matter is ignored (did you mean `summary`?)"));
  EXPECT_EQ(diags_.error_count(), 0) << testing::Describe(diags_);
}

TEST_F(StoryValidatorTest, LinksInTheBodyAreRelativeToStories) {
  site_.Write("stories/x.md",
              "---\ntitle: X\ndate: 2023-02-01\n---\n"
              "Se [pakken](../smertebehandling/) og [klyngen](../clusters/vest/cluster.yaml).\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path("x"), 5, 4,
                       "link \"../smertebehandling/\" points to smertebehandling, which is not published; "
                       "a relative link in a story may point to a package (../packages/smertebehandling/), "
                       "a file in a package's assets/ folder or another story (aalborg-vest.md)"));
  EXPECT_TRUE(HasError(diags_, Path("x"), 5, 38,
                       "link \"../clusters/vest/cluster.yaml\" points into content/clusters/, which is "
                       "private and never published"));
}

TEST_F(StoryValidatorTest, EveryProblemInTheFileIsReportedInOneRun) {
  site_.Write("stories/x.md",
              "---\n"
              "date: 1. marts\n"             // 2
              "packages: ingen\n"            // 3
              "cluster: [a, b]\n"            // 4
              "---\n"
              "[mangler](mangler.md)\n");    // 6
  Check();
  EXPECT_EQ(diags_.error_count(), 5) << testing::Describe(diags_);
  EXPECT_TRUE(HasError(diags_, Path("x"), 2, 1, "the story's front matter is missing the required key `title`"));
  EXPECT_TRUE(HasError(diags_, Path("x"), 2, 7, "`date` must be a date written YYYY-MM-DD, found \"1. marts\""));
  EXPECT_TRUE(HasError(diags_, Path("x"), 3, 11, "`packages` must be a list, found \"ingen\""));
  EXPECT_TRUE(HasError(diags_, Path("x"), 4, 10, "`cluster` must be text, found a list"));
  EXPECT_TRUE(HasError(diags_, Path("x"), 6, 1,
                       "link \"mangler.md\" names a story that does not exist: stories/mangler.md"));
}

}  // namespace
}  // namespace klynge
