// One root cause, one message: when a file cannot be read, the errors that
// only follow from that (references into it, data checked against it) are
// not reported.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "support/cluster_site.h"
#include "support/expect_diagnostic.h"

namespace klynge {
namespace {

using testing::HasError;
using testing::kClusterCsv;
using testing::kClusterYaml;
using testing::kPackageWithIndicators;
using testing::Replace;

class NoCascadeTest : public testing::ClusterSiteTest {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  std::string PackagePath(const std::string& file) const {
    return site_.content() + "/packages/smertebehandling/" + file;
  }
};

TEST_F(NoCascadeTest, APackageMdThatDoesNotParseIsTheOnlyError) {
  // The program and the cluster both name the package's indicator opioid-3m.
  site_.Write("packages/smertebehandling/package.md",
              Replace(kPackageWithIndicators, "title: Smertebehandling", "title: Smerte: behandling"));
  site_.Write("packages/smertebehandling/program.yaml",
              "blocks:\n"
              "  - title: Klyngens data\n"
              "    items:\n"
              "      - minutes: 30\n"
              "        text: Drøft tallene.\n"
              "        indicator: opioid-3m\n");
  Check(kClusterYaml);
  EXPECT_TRUE(HasError(diags_, PackagePath("package.md"), 2, 14,
                       "a colon followed by a space inside a value reads as the start of another key: put the "
                       "whole text in quotes, title: \"Smerte: behandling\""));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_F(NoCascadeTest, AClusterYamlThatDoesNotParseIsTheOnlyError) {
  Check(Replace(kClusterYaml, "    name: Lægehuset Øst\n", "    name: [Lægehuset Øst\n"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
  EXPECT_TRUE(HasError(diags_, YamlPath(), 15, 5,
                       "the `[` opened at line 14 is still open here; end the list with `]` where it ends"));
}

TEST_F(NoCascadeTest, APracticeListThatCannotBeReadDoesNotBlameEveryDataRow) {
  Check(Replace(kClusterYaml,
                "  - id: \"012345\"\n    name: Lægerne Vestergade\n  - id: 023456\n    name: Lægehuset Øst\n",
                "  012345: Lægerne Vestergade\n  023456: Lægehuset Øst\n"),
        kClusterCsv);
  EXPECT_TRUE(HasError(diags_, YamlPath(), 11, 3,
                       "`practices` must be a list of {id, name}, one per clinic, found a mapping"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

}  // namespace
}  // namespace klynge
