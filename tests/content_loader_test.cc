#include "load/content_loader.h"

#include <gtest/gtest.h>

#include "base/content_hash.h"
#include "load/input_snapshot.h"
#include "support/expect_diagnostic.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::FindDiagnostic;
using testing::HasError;
using testing::TempSite;

// Every case runs in English and in Danish (the site says which).
class ContentLoaderTest : public testing::BothLanguages {};

TEST_P(ContentLoaderTest, ReadsSitePackagesStoriesAndClusters) {
  TempSite site;
  site.Write("site.yaml", SiteYaml());
  site.Write("packages/smertebehandling/package.md", testing::kPackageMd);
  site.Write("packages/smertebehandling/program.yaml", "blocks: []\n");
  site.Write("packages/smertebehandling/assets/figur.png", "PNG");
  site.Write("stories/aalborg.md", "---\ntitle: T\ndate: 2023-09-01\n---\nTekst\n");
  site.Write("clusters/vest/cluster.yaml", "name: Vest\n");
  site.Write("clusters/vest/data.csv", "practice,indicator,period,numerator,denominator\n");
  Diagnostics diags;
  ContentTree tree = LoadContent(site.content(), &diags);
  EXPECT_FALSE(diags.HasErrors()) << testing::Describe(diags);
  ASSERT_TRUE(tree.site);
  ASSERT_EQ(tree.packages.size(), 1u);
  EXPECT_EQ(tree.packages[0].slug, "smertebehandling");
  ASSERT_TRUE(tree.packages[0].page);
  EXPECT_EQ(tree.packages[0].page->body.first_line, 7);
  EXPECT_TRUE(tree.packages[0].program);
  ASSERT_EQ(tree.packages[0].assets.size(), 1u);
  EXPECT_EQ(tree.packages[0].assets[0].rel, "assets/figur.png");
  ASSERT_EQ(tree.stories.size(), 1u);
  ASSERT_EQ(tree.clusters.size(), 1u);
  EXPECT_EQ(tree.clusters[0].csv_files.count("data.csv"), 1u);
  EXPECT_EQ(tree.paths.count("packages/smertebehandling/assets/figur.png"), 1u);
}

TEST_P(ContentLoaderTest, InvalidUtf8IsAnErrorAtItsLineAndColumn) {
  TempSite site;
  site.Write("site.yaml", "title: Klynge\norganisation: K\xC3\n");
  Diagnostics diags;
  LoadContent(site.content(), &diags);
  const Diagnostic* d = FindDiagnostic(diags, "invalid UTF-8");
  ASSERT_NE(d, nullptr) << testing::Describe(diags);
  if (danish()) EXPECT_TRUE(testing::IsDanishText(*d));
  EXPECT_EQ(d->where.path, site.content() + "/site.yaml");
  EXPECT_EQ(d->where.line, 2);
  EXPECT_EQ(d->where.column, 16);
}

TEST_P(ContentLoaderTest, ByteOrderMarkIsTolerated) {
  TempSite site;
  site.Write("site.yaml", std::string("\xEF\xBB\xBF") + SiteYaml());
  Diagnostics diags;
  ContentTree tree = LoadContent(site.content(), &diags);
  EXPECT_FALSE(diags.HasErrors()) << testing::Describe(diags);
  ASSERT_TRUE(tree.site);
  EXPECT_EQ(tree.site->root->Find("title")->text(), "Klyngepakker");
}

TEST_P(ContentLoaderTest, FolderNameThatIsNotASlugIsAnErrorNamingThePath) {
  TempSite site;
  site.Write("site.yaml", SiteYaml());
  site.Write("packages/Smerte behandling/package.md", testing::kPackageMd);
  Diagnostics diags;
  LoadContent(site.content(), &diags);
  const Diagnostic* d = FindDiagnostic(diags, "invalid package folder name");
  ASSERT_NE(d, nullptr) << testing::Describe(diags);
  if (danish()) EXPECT_TRUE(testing::IsDanishText(*d));
  EXPECT_EQ(d->where.path, site.content() + "/packages/Smerte behandling");
  EXPECT_EQ(d->severity, Severity::kError);
}

TEST_P(ContentLoaderTest, UnknownFileInPackageIsAWarningWithSuggestion) {
  TempSite site;
  site.Write("site.yaml", SiteYaml());
  site.Write("packages/smerte/package.md", testing::kPackageMd);
  site.Write("packages/smerte/programme.yaml", "blocks: []\n");
  Diagnostics diags;
  LoadContent(site.content(), &diags);
  const Diagnostic* d = FindDiagnostic(diags, "unknown file in package");
  ASSERT_NE(d, nullptr) << testing::Describe(diags);
  if (danish()) EXPECT_TRUE(testing::IsDanishText(*d));
  EXPECT_EQ(d->severity, Severity::kWarning);
  EXPECT_NE(d->message.find("did you mean `program.yaml`?"), std::string::npos);
  EXPECT_EQ(d->In(Language::kDanish), "ukendt fil i pakken; den bliver ikke udgivet (mente du `program.yaml`?)");
}

TEST_P(ContentLoaderTest, YamlSyntaxErrorIsReportedAtItsPlace) {
  TempSite site;
  site.Write("site.yaml", "title: Klynge\norganisation: [KiAP\n");
  Diagnostics diags;
  LoadContent(site.content(), &diags);
  EXPECT_TRUE(HasError(diags, site.content() + "/site.yaml", 2, 20,
                       "the `[` opened at line 2 is never closed; end the list with `]`",
                       "`[` fra linje 2 bliver aldrig lukket; afslut listen med `]`"));
  EXPECT_EQ(diags.error_count(), 1) << testing::Describe(diags);
}

TEST_P(ContentLoaderTest, FrontMatterLinesMapToFileLines) {
  TempSite site;
  site.Write("site.yaml", SiteYaml());
  site.Write("packages/smerte/package.md", "---\ntitle: A\ntopic: [unclosed\n---\nBody\n");
  Diagnostics diags;
  LoadContent(site.content(), &diags);
  EXPECT_TRUE(HasError(diags, site.content() + "/packages/smerte/package.md", 3, 17,
                       "the `[` opened at line 3 is never closed; end the list with `]`"));
}

TEST_P(ContentLoaderTest, ALoadParsesTheBytesTheSnapshotHashed) {
  TempSite site;
  site.Write("site.yaml", SiteYaml());
  site.Write("packages/smerte/package.md", testing::kPackageMd);
  site.Write("packages/smerte/program.yaml", "title: Hashed\nblocks: []\n");
  site.Write("packages/smerte/assets/figur.png", "PNG");
  InputBytes input;
  InputSnapshot snapshot = TakeInputSnapshot(site.content(), site.root() + "/themes", {}, 1, &input);
  ContentBytes& bytes = input.content;
  ASSERT_EQ(bytes.count("packages/smerte/program.yaml"), 1u);
  EXPECT_EQ(HashBytes(bytes["packages/smerte/program.yaml"]), snapshot.files["content/packages/smerte/program.yaml"]);
  // Edited after the snapshot: the build still reads what it hashed, from memory.
  site.Write("packages/smerte/program.yaml", "title: Edited\nblocks: []\n");
  site.Write("packages/smerte/assets/figur.png", "GIF");
  Diagnostics diags;
  ContentTree tree = LoadContent(site.content(), &diags, 1, {}, &bytes);
  ASSERT_EQ(tree.packages.size(), 1u);
  ASSERT_TRUE(tree.packages[0].program && tree.packages[0].program->ok) << testing::Describe(diags);
  EXPECT_EQ(tree.packages[0].program->root->Find("title")->text(), "Hashed");
  ASSERT_EQ(tree.packages[0].assets.size(), 1u);
  EXPECT_EQ(tree.packages[0].assets[0].bytes, "PNG");
  EXPECT_TRUE(bytes.empty()) << "every file the loader used was taken, not copied";
}

TEST_P(ContentLoaderTest, MissingFrontMatterIsAnError) {
  TempSite site;
  site.Write("site.yaml", SiteYaml());
  site.Write("packages/smerte/package.md", "# Smertebehandling\n");
  Diagnostics diags;
  LoadContent(site.content(), &diags);
  const Diagnostic* d = FindDiagnostic(diags, "missing front matter");
  ASSERT_NE(d, nullptr) << testing::Describe(diags);
  if (danish()) EXPECT_TRUE(testing::IsDanishText(*d));
  EXPECT_EQ(d->where.line, 1);
  EXPECT_EQ(d->where.column, 1);
}

TEST_P(ContentLoaderTest, MissingSiteYamlIsAnError) {
  TempSite site;
  site.Write("packages/smerte/package.md", testing::kPackageMd);
  Diagnostics diags;
  LoadContent(site.content(), &diags);
  const Diagnostic* d = FindDiagnostic(diags, "site.yaml is missing");
  ASSERT_NE(d, nullptr) << testing::Describe(diags);
  EXPECT_EQ(d->In(Language::kDanish), "filen site.yaml mangler, og den skal være der");
}

KLYNGE_IN_BOTH_LANGUAGES(ContentLoaderTest);

}  // namespace
}  // namespace klynge
