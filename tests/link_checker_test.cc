#include "validate/link_checker.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "support/expect_diagnostic.h"
#include "support/pdf_tools.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::HasError;
using testing::HasWarning;
using testing::HasWarning;
using testing::TempSite;

TEST(ResolveLinkTest, KindsOfTargets) {
  EXPECT_EQ(ResolveLink("https://www.sst.dk/x?a=1", "packages/p").kind, LinkKind::kWeb);
  EXPECT_EQ(ResolveLink("HTTP://www.sst.dk", "packages/p").kind, LinkKind::kWeb);
  EXPECT_EQ(ResolveLink("mailto:kap@example.dk", "packages/p").kind, LinkKind::kWeb);
  EXPECT_EQ(ResolveLink("tel:70000000", "packages/p").kind, LinkKind::kWeb);
  EXPECT_EQ(ResolveLink("https://", "packages/p").kind, LinkKind::kBad);
  EXPECT_EQ(ResolveLink("javascript:alert(1)", "packages/p").kind, LinkKind::kDropped);
  EXPECT_EQ(ResolveLink("JavaScript:alert(1)", "packages/p").kind, LinkKind::kDropped);
  EXPECT_EQ(ResolveLink("data:text/html,x", "packages/p").kind, LinkKind::kDropped);

  LinkTarget anchor = ResolveLink("#blok-1", "packages/p");
  EXPECT_EQ(anchor.kind, LinkKind::kAnchor);
  EXPECT_EQ(anchor.fragment, "blok-1");

  LinkTarget asset = ResolveLink("assets/figur%201.png#side=2", "packages/p");
  EXPECT_EQ(asset.kind, LinkKind::kAsset);
  EXPECT_EQ(asset.path, "packages/p/assets/figur 1.png");
  EXPECT_EQ(asset.slug, "p");
  EXPECT_EQ(asset.fragment, "side=2");

  LinkTarget other = ResolveLink("../dosisdispensering/", "packages/p");
  EXPECT_EQ(other.kind, LinkKind::kPackage);
  EXPECT_EQ(other.slug, "dosisdispensering");
  EXPECT_EQ(other.page, "");
  EXPECT_EQ(ResolveLink("../dosisdispensering", "packages/p").slug, "dosisdispensering");
  EXPECT_EQ(ResolveLink("./package.md", "packages/p").slug, "p");
  EXPECT_EQ(ResolveLink("program.yaml#blok-2", "packages/p").page, "program");
  EXPECT_EQ(ResolveLink("../q/drejebog.yaml", "packages/p").page, "drejebog");

  LinkTarget story = ResolveLink("../../stories/aalborg.md", "packages/p");
  EXPECT_EQ(story.kind, LinkKind::kStory);
  EXPECT_EQ(story.slug, "aalborg");
  EXPECT_EQ(ResolveLink("../packages/p/", "stories").kind, LinkKind::kPackage);
  EXPECT_EQ(ResolveLink("odense.md", "stories").slug, "odense");
  EXPECT_EQ(ResolveLink("odense/", "stories").path, "stories/odense.md");
  EXPECT_EQ(ResolveLink("../", "packages/p").kind, LinkKind::kIndex);
  EXPECT_EQ(ResolveLink("../../stories/", "packages/p").path, "stories");

  EXPECT_EQ(ResolveLink("../../../etc/passwd", "packages/p").problem, "leaves the content folder");
  EXPECT_EQ(ResolveLink("../../clusters/vest/data.csv", "packages/p").problem,
            "points into content/clusters/, which is private and never published");
  EXPECT_EQ(ResolveLink("../../site.yaml", "packages/p").kind, LinkKind::kBad);
  EXPECT_EQ(ResolveLink("notes.yaml", "packages/p").kind, LinkKind::kBad);
  EXPECT_EQ(ResolveLink("assets", "packages/p").kind, LinkKind::kBad);
  EXPECT_EQ(ResolveLink("/pakker/p/", "packages/p").kind, LinkKind::kBad);
  EXPECT_EQ(ResolveLink("//example.dk/x", "packages/p").kind, LinkKind::kBad);
  EXPECT_EQ(ResolveLink("", "packages/p").kind, LinkKind::kBad);
  EXPECT_EQ(ResolveLink("assets\\x.png", "packages/p").kind, LinkKind::kBad);
}

TEST(ResolveLinkTest, IsWebUrl) {
  EXPECT_TRUE(IsWebUrl("https://www.sst.dk/"));
  EXPECT_TRUE(IsWebUrl("http://x.dk"));
  EXPECT_TRUE(IsWebUrl("mailto:a@b.dk"));
  EXPECT_FALSE(IsWebUrl("www.sst.dk"));
  EXPECT_FALSE(IsWebUrl("https:///x"));
  EXPECT_FALSE(IsWebUrl("https://x.dk/a b"));
  EXPECT_FALSE(IsWebUrl("mailto:"));
  EXPECT_FALSE(IsWebUrl("ftp://x.dk"));
}

class LinkCheckerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    site_.Write("site.yaml", testing::kSiteYaml);
    site_.Write("packages/dosisdispensering/package.md", testing::kPackageMd);
    site_.Write("packages/dosisdispensering/program.yaml", "blocks:\n  - title: A\n    minutes: 150\n");
    site_.Write("packages/smertebehandling/assets/figur-1.png", testing::MakeTestPng(40, 20));
    site_.Write("packages/smertebehandling/assets/figur 2.png", testing::MakeTestPng(20, 40));
    site_.Write("packages/smertebehandling/assets/pdf/vejledning.pdf", "%PDF");
    site_.Write("stories/aalborg.md", "---\ntitle: Aalborg\ndate: 2023-09-01\n---\nTekst.\n");
  }

  // Writes the package with `body` (file line 7 onwards) and checks the site.
  void CheckBody(const std::string& body) {
    site_.Write("packages/smertebehandling/package.md",
                "---\ntitle: Smerter\ntopic: Medicin\nprovider: KAP-H\nduration: 150\n---\n" + body);
    diags_ = Diagnostics();
    site_.Check(&diags_);
  }

  std::string Path() const { return site_.content() + "/packages/smertebehandling/package.md"; }

  TempSite site_;
  Diagnostics diags_;
};

TEST_F(LinkCheckerTest, PublishableLinksPassSilently) {
  CheckBody(
      "Se [SST](https://www.sst.dk), [skriv](mailto:kap@example.dk), [ring](tel:70000000),\n"
      "[afsnit](#formaal), ![figur](assets/figur-1.png), ![figur 2](<assets/figur 2.png>),\n"
      "[vejledning](assets/pdf/vejledning.pdf#page=2), [pakken](../dosisdispensering/),\n"
      "[programmet](../dosisdispensering/program.yaml), [historien](../../stories/aalborg.md),\n"
      "[os selv](./) og <https://www.example.dk> og www.sundhed.dk,\n"
      "[alle pakker](../), [alle historier](../../stories/), [Aalborg](../../stories/aalborg).\n");
  EXPECT_EQ(diags_.list().size(), 0u) << testing::Describe(diags_);
}

TEST_F(LinkCheckerTest, MissingAssetIsAnErrorAtTheLinkWithASuggestion) {
  CheckBody("Første afsnit.\n\nSådan ser det ud: ![Figur](assets/figur-l.png)\n");
  EXPECT_TRUE(HasError(diags_, Path(), 9, 19,
                       "image \"assets/figur-l.png\" names a file that does not exist: "
                       "packages/smertebehandling/assets/figur-l.png (did you mean `assets/figur-1.png`?)"));
}

TEST_F(LinkCheckerTest, AnImageWithoutAltTextIsAWarningAtItsLine) {
  CheckBody("Første afsnit.\n\nSådan ser det ud:\n\n![](assets/figur-1.png)\n\n![Figur](assets/figur-1.png)\n");
  EXPECT_EQ(diags_.list().size(), 1u) << testing::Describe(diags_);
  EXPECT_TRUE(HasWarning(diags_, Path(), 11, 1,
                         "image assets/figur-1.png has no alternative text: write what it shows in "
                         "![…](assets/figur-1.png)"));
}

TEST_F(LinkCheckerTest, LinkThatLeavesTheContentTreeIsAnError) {
  CheckBody("Se [her](../../../etc/passwd).\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 4, "link \"../../../etc/passwd\" leaves the content folder"));
}

TEST_F(LinkCheckerTest, LinkIntoClustersIsAnError) {
  site_.Write("clusters/vest/cluster.yaml", "name: Vest\n");
  CheckBody("Data: [klyngen](../../clusters/vest/cluster.yaml)\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 7,
                       "link \"../../clusters/vest/cluster.yaml\" points into content/clusters/, which is "
                       "private and never published"));
}

TEST_F(LinkCheckerTest, LinkToAMissingPackageIsAnError) {
  CheckBody("Suppler med [dosis](../dosisdispenseing/).\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 13,
                       "link \"../dosisdispenseing/\" names a package that does not exist: there is no "
                       "packages/dosisdispenseing/package.md (did you mean `dosisdispensering`?)"));
}

TEST_F(LinkCheckerTest, LinkToAMissingPackagePageIsAnError) {
  CheckBody("Se [drejebogen](../dosisdispensering/drejebog.yaml).\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 4,
                       "link \"../dosisdispensering/drejebog.yaml\" names a file that does not exist: "
                       "packages/dosisdispensering/drejebog.yaml"));
}

TEST_F(LinkCheckerTest, LinkToAMissingStoryIsAnError) {
  CheckBody("Læs [historien](../../stories/aalborgg.md).\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 5,
                       "link \"../../stories/aalborgg.md\" names a story that does not exist: "
                       "stories/aalborgg.md (did you mean `aalborg.md`?)"));
}

TEST_F(LinkCheckerTest, LinkToAFolderIsAnError) {
  CheckBody("[mappen](assets/pdf/)\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 1, "link \"assets/pdf/\" names a folder; link to a file in it"));
}

// "..png" is a file name, not a ".." segment: it is hidden (the loader
// publishes no name starting with '.'), and the error must say so, not call
// it a folder.
TEST_F(LinkCheckerTest, LinkToAHiddenFileSaysItIsHiddenNotAFolder) {
  site_.Write("packages/smertebehandling/assets/..png", "PNG");
  site_.Write("packages/smertebehandling/assets/.skjult/figur.png", "PNG");
  CheckBody("![a](assets/..png) ![b](assets/.skjult/figur.png)\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 1,
                       "image \"assets/..png\" names a hidden file (a name in its path starts with '.'), "
                       "which is never published; rename it"))
      << testing::Describe(diags_);
  EXPECT_TRUE(HasError(diags_, Path(), 7, 20,
                       "image \"assets/.skjult/figur.png\" names a hidden file (a name in its path "
                       "starts with '.'), which is never published; rename it"))
      << testing::Describe(diags_);
  for (const Diagnostic& d : diags_.list())
    EXPECT_EQ(d.message.find("names a folder"), std::string::npos) << d.message;
}

TEST_F(LinkCheckerTest, UnpublishedFileIsAnError) {
  site_.Write("packages/smertebehandling/notes.yaml", "title: Noter\n");
  CheckBody("[noter](notes.yaml)\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 1,
                       "link \"notes.yaml\" points to packages/smertebehandling/notes.yaml, which is not "
                       "published; a relative link may point to a file in the package's assets/ folder, "
                       "to a package folder (../smertebehandling/), to a package's program/ or drejebog/ "
                       "or to a story (../../stories/aalborg-vest.md)"));
}

TEST_F(LinkCheckerTest, SiteAbsoluteAndSchemelessLinksAreErrors) {
  CheckBody("[a](/pakker/x/) [b](//example.dk/x) [c]()\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 1,
                       "link \"/pakker/x/\" starts with '/'; write it relative to this file "
                       "(assets/figur.png, ../smertebehandling/) or as a full https:// address"));
  EXPECT_TRUE(HasError(diags_, Path(), 7, 17,
                       "link \"//example.dk/x\" has no scheme; write it in full, starting with https:"));
  EXPECT_TRUE(HasError(diags_, Path(), 7, 37, "link \"\" is empty: give the link a target"));
}

TEST_F(LinkCheckerTest, JavascriptLinkIsAWarningThatItIsDropped) {
  CheckBody("Tekst\n\n- [klik](javascript:alert(1))\n");
  EXPECT_TRUE(HasWarning(diags_, Path(), 9, 3,
                         "link \"javascript:alert(1)\" is dropped: only http, https, mailto and tel links "
                         "are published, not javascript:"));
  EXPECT_EQ(diags_.error_count(), 0) << testing::Describe(diags_);
}

TEST_F(LinkCheckerTest, ReferenceLinkIsReportedWhereItIsUsed) {
  CheckBody("Se [figuren][fig] nedenfor.\n\n[fig]: assets/mangler.png\n");
  EXPECT_TRUE(HasError(diags_, Path(), 7, 4,
                       "link \"assets/mangler.png\" names a file that does not exist: "
                       "packages/smertebehandling/assets/mangler.png"));
}

TEST_F(LinkCheckerTest, LinkInAnIndicatorDescriptionIsReportedAtItsFileColumn) {
  site_.Write("packages/smertebehandling/package.md",
              "---\n"
              "title: Smerter\n"
              "topic: Medicin\n"
              "provider: KAP-H\n"
              "duration: 150\n"
              "indicators:\n"
              "  - id: opioid-3m\n"
              "    title: Opioid\n"
              "    better: lower\n"
              "    description: Se også [definitionen](assets/definition.pdf).\n"
              "---\n");
  diags_ = Diagnostics();
  site_.Check(&diags_);
  EXPECT_TRUE(HasError(diags_, Path(), 10, 26,
                       "link \"assets/definition.pdf\" names a file that does not exist: "
                       "packages/smertebehandling/assets/definition.pdf"));
}

TEST_F(LinkCheckerTest, LinkToADraftPackageIsAWarningThatItIsLeftOut) {
  site_.Write("packages/kladde/package.md",
              "---\ntitle: K\ntopic: Medicin\nprovider: K\nduration: 60\ndraft: true\n---\nSe [smerter](../smertebehandling/).\n");
  CheckBody("Se [kladden](../kladde/).\n");
  EXPECT_TRUE(HasWarning(diags_, Path(), 7, 4,
                         "link \"../kladde/\" points to kladde, a draft package: the link is left out until "
                         "it is published"));
  EXPECT_EQ(diags_.list().size(), 1u) << "a draft may link to published packages\n" << testing::Describe(diags_);
}

TEST_F(LinkCheckerTest, EveryBadLinkInTheFileIsReported) {
  CheckBody("[a](assets/x.png) [b](../nej/)\n\n[c](../../../x) ![d](assets/y.png)\n");
  EXPECT_EQ(diags_.error_count(), 4) << testing::Describe(diags_);
  EXPECT_TRUE(HasError(diags_, Path(), 9, 17,
                       "image \"assets/y.png\" names a file that does not exist: "
                       "packages/smertebehandling/assets/y.png"));
}

TEST_F(LinkCheckerTest, ABrokenImageIsAnErrorAtItsReference) {
  std::string png = testing::MakeTestPng(40, 20);
  site_.Write("packages/smertebehandling/assets/halv.png", png.substr(0, png.size() / 2));
  CheckBody("Første afsnit.\n\nSe ![den halve](assets/halv.png) her.\n");
  EXPECT_TRUE(HasError(diags_, Path(), 9, 4,
                       "image \"assets/halv.png\" is a damaged PNG file (the file ends early: it is "
                       "cut off): save it again from an image editor"))
      << testing::Describe(diags_);
  // A link to the same file is a download, not an image: it is not decoded.
  CheckBody("Hent [den halve](assets/halv.png).\n");
  EXPECT_FALSE(diags_.HasErrors()) << testing::Describe(diags_);
}

TEST_F(LinkCheckerTest, AnImageFromAStoryIsCheckedToo) {
  site_.Write("packages/smertebehandling/assets/tom.png", "");
  CheckBody("Tekst.\n");
  site_.Write("stories/aalborg.md",
              "---\ntitle: Aalborg\ndate: 2023-09-01\n---\nTekst.\n\n"
              "![tom](../packages/smertebehandling/assets/tom.png)\n");
  diags_ = Diagnostics();
  site_.Check(&diags_);
  EXPECT_TRUE(HasError(diags_, site_.content() + "/stories/aalborg.md", 7, 1,
                       "image \"../packages/smertebehandling/assets/tom.png\" is an empty file (0 bytes)"))
      << testing::Describe(diags_);
}

}  // namespace
}  // namespace klynge
