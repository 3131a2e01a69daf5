// klynge build end to end: every published package gets its PDFs in the
// site, the package page and the catalog link them, drafts get none.

#include <gtest/gtest.h>

#include <filesystem>

#include "support/pdf_tools.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;

TEST(PdfSiteTest, BuildPublishesThePdfsAndThePagesLinkThem) {
  testing::TempSite site;
  site.Write("site.yaml", testing::kSiteYaml);
  site.Write("packages/smertebehandling/package.md", testing::kPackageMd);
  site.Write("packages/smertebehandling/plan.yaml", "sizes: [A2, A4]\nrows: 4\n");
  site.Write("packages/kladde/package.md",
             "---\ntitle: Kladde\ntopic: Medicin\nprovider: KiAP\nduration: 60\ndraft: true\n---\nTekst.\n");
  std::string err;
  ASSERT_EQ(site.Run("build", &err), 0) << err;

  std::string pdf_dir = site.root() + "/output/site/pakker/smertebehandling/pdf/";
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(pdf_dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"implementeringsplan-a2.pdf", "implementeringsplan-a4.pdf",
                                             "klyngepakke.pdf", "moedenoter.pdf"}));
  for (const std::string& name : names) {
    std::string report;
    EXPECT_TRUE(testing::QpdfCheck(ReadFile(pdf_dir + name), &report)) << name << "\n" << report;
  }
  EXPECT_EQ(testing::PdfPageSizes(ReadFile(pdf_dir + "implementeringsplan-a2.pdf")),
            std::vector<std::string>{"1683.78 x 1190.55"});
  EXPECT_NE(testing::PdfText(ReadFile(pdf_dir + "klyngepakke.pdf"))
                .find("Formålet med denne klyngepakke er at kigge på ordinationsmønstret."),
            std::string::npos);
  EXPECT_FALSE(fs::exists(site.root() + "/output/site/pakker/kladde"));

  std::string page = ReadFile(site.root() + "/output/site/pakker/smertebehandling/index.html");
  EXPECT_NE(page.find("<a href=\"pdf/klyngepakke.pdf\">Klyngepakke</a>"), std::string::npos) << page;
  EXPECT_NE(page.find("<a href=\"pdf/implementeringsplan-a2.pdf\">Implementeringsplan A2</a>"), std::string::npos);
  size_t kb = (fs::file_size(pdf_dir + "klyngepakke.pdf") + 999) / 1000;  // kB as the page rounds it
  EXPECT_NE(page.find("(PDF, " + std::to_string(kb)), std::string::npos) << page;

  std::string catalog = ReadFile(site.root() + "/output/site/index.html");
  EXPECT_NE(catalog.find("<a href=\"pakker/smertebehandling/pdf/implementeringsplan-a4.pdf\">A4</a>"),
            std::string::npos)
      << catalog;
  EXPECT_NE(catalog.find("<a href=\"pakker/smertebehandling/pdf/implementeringsplan-a2.pdf\">A2</a>"),
            std::string::npos);

  // A second build writes the same bytes.
  std::string first = ReadFile(pdf_dir + "klyngepakke.pdf");
  ASSERT_EQ(site.Run("build", &err), 0) << err;
  EXPECT_EQ(ReadFile(pdf_dir + "klyngepakke.pdf"), first);
}

}  // namespace
}  // namespace klynge
