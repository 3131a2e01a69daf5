// `klynge serve --drafts` as an author meets it: the drafts are in the
// preview, each page with its banner, and never in what `klynge build`
// writes; a build after a preview is byte for byte a clean build.

#include <httplib.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/file_tree.h"
#include "support/serve_process.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

namespace fs = std::filesystem;
using testing::ServeProcess;
using testing::TempSite;

constexpr const char* kBanner = "Kladde – ikke offentliggjort";  // themes/default/i18n/da.yaml: draft_banner

bool Has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

class ServeDraftsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.Write("site.yaml", testing::kSiteYaml);
    site_.Write("packages/smertebehandling/package.md", testing::kPackageMd);
    site_.Write("packages/udkast/package.md",
                "---\ntitle: Udkast til en pakke\ntopic: Medicin\nprovider: KiAP\nduration: 60\n"
                "tags: [kladdeord]\nrevised: 2026-01-05\ndraft: true\n---\nEndnu ikke færdig.\n");
    site_.Write("packages/udkast/program.yaml", "blocks:\n  - title: Introduktion\n    minutes: 60\n");
    site_.Write("stories/kladde-historie.md",
                "---\ntitle: Historie i kladde\ndate: 2026-01-05\ndraft: true\n---\nEndnu ikke færdig.\n");
    site_.Write("pages/kladdeside.md", "---\ntitle: Side i kladde\nmenu: 2\ndraft: true\n---\nEndnu ikke færdig.\n");
    site_.Write("pages/om.md", "---\ntitle: Om siden\n---\nSe [kladden](kladdeside.md).\n");
  }

  // `klynge <args>` in the site root; fails the test unless it exits 0.
  void Run(const std::string& args) {
    std::string err;
    ASSERT_EQ(site_.Run(args, &err), 0) << "klynge " << args << ":\n" << err;
  }

  TempSite site_;
};

TEST_F(ServeDraftsTest, ShowsEveryDraftWithItsBannerOverHttp) {
  ServeProcess serve(site_.root(), {"--drafts"});
  ASSERT_GT(serve.port(), 0);
  httplib::Client client("127.0.0.1", serve.port());
  for (const char* path : {"/pakker/udkast/", "/pakker/udkast/program/", "/historier/kladde-historie/", "/kladdeside/"}) {
    auto page = client.Get(path);
    ASSERT_TRUE(page) << path;
    EXPECT_EQ(page->status, 200) << path;
    EXPECT_TRUE(Has(page->body, kBanner)) << path << " has no draft banner";
    // At the top: before the site's header and navigation.
    EXPECT_LT(page->body.find(kBanner), page->body.find("site-nav")) << path;
  }
  auto published = client.Get("/pakker/smertebehandling/");
  ASSERT_TRUE(published);
  EXPECT_EQ(published->status, 200);
  EXPECT_FALSE(Has(published->body, kBanner)) << "a published package's page carries the draft banner";
  // The catalog, the tag page, the search index and the feed list the draft, marked.
  auto catalog = client.Get("/");
  ASSERT_TRUE(catalog);
  EXPECT_TRUE(Has(catalog->body, "Udkast til en pakke"));
  EXPECT_TRUE(Has(catalog->body, "class=\"draft-mark\""));
  auto tag = client.Get("/emneord/kladdeord/");
  ASSERT_TRUE(tag);
  EXPECT_EQ(tag->status, 200);
  auto index = client.Get("/static/search-index.js");
  ASSERT_TRUE(index);
  EXPECT_TRUE(Has(index->body, "Kladde: Udkast til en pakke")) << index->body;
  auto feed = client.Get("/feed.xml");
  ASSERT_TRUE(feed);
  EXPECT_TRUE(Has(feed->body, "<title>Kladde: Historie i kladde</title>")) << feed->body;
  // A link to a draft works in the preview.
  auto about = client.Get("/om/");
  ASSERT_TRUE(about);
  EXPECT_TRUE(Has(about->body, "href=\"../kladdeside/index.html\"")) << about->body;
  // The preview has a folder of its own: the output that `build` publishes is not touched.
  EXPECT_TRUE(Has(serve.banner(), "output-drafts/site")) << serve.banner();
  EXPECT_FALSE(fs::exists(site_.root() + "/output")) << "serve --drafts wrote into output/";
}

TEST_F(ServeDraftsTest, BuildNeverPublishesADraft) {
  std::string err;
  ASSERT_EQ(site_.Run("build", &err), 0) << err;
  // Links to a draft are left out, with a warning at the link.
  EXPECT_TRUE(Has(err, "content/pages/om.md:4:4: warning: link \"kladdeside.md\" points to kladdeside, a draft page"))
      << err;
  std::string site = site_.root() + "/output/site";
  EXPECT_TRUE(fs::exists(site + "/pakker/smertebehandling/index.html"));
  for (const char* folder : {"/pakker/udkast", "/historier/kladde-historie", "/kladdeside", "/emneord/kladdeord"})
    EXPECT_FALSE(fs::exists(site + folder)) << folder << " was published";
  for (const std::string& rel : testing::ListFiles(site)) {
    std::string bytes = testing::ReadFile(site + "/" + rel);
    for (const char* needle : {"udkast", "Udkast til en pakke", "kladde-historie", "Historie i kladde", "kladdeside",
                               "Side i kladde", kBanner})
      EXPECT_FALSE(Has(bytes, needle)) << rel << " holds \"" << needle << "\"";
  }
}

TEST_F(ServeDraftsTest, BuildAfterAPreviewIsTheSameAsACleanBuild) {
  Run("build --clean -o clean");
  testing::TreeSnapshot clean = testing::SnapshotTree(site_.root() + "/clean/site");
  ASSERT_FALSE(clean.empty());
  // The preview in its own folder, then `build`.
  { ServeProcess serve(site_.root(), {"--drafts"}); ASSERT_GT(serve.port(), 0); }
  ASSERT_TRUE(fs::exists(site_.root() + "/output-drafts/site/pakker/udkast/index.html"));
  Run("build");
  EXPECT_EQ(testing::DiffTrees(clean, testing::SnapshotTree(site_.root() + "/output/site")), "");
  // And the preview in the very folder `build` uses: its cache must not keep a draft.
  { ServeProcess serve(site_.root(), {"--drafts", "-o", "output"}); ASSERT_GT(serve.port(), 0); }
  ASSERT_TRUE(fs::exists(site_.root() + "/output/site/pakker/udkast/index.html"));
  Run("build");
  EXPECT_EQ(testing::DiffTrees(clean, testing::SnapshotTree(site_.root() + "/output/site")), "");
}

}  // namespace
}  // namespace klynge
