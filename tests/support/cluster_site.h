#pragma once
// A site with a package that has indicators and one cluster "vest" using it,
// for the cluster validation and cluster figure tests.

#include <gtest/gtest.h>

#include <string>

#include "support/temp_site.h"

namespace klynge::testing {

// package.md of "smertebehandling" with the indicators opioid-3m (per 1000,
// lower is better) and morfin-andel (per 100, higher is better).
extern const char* const kPackageWithIndicators;
// clusters/vest/cluster.yaml; tests rely on its line numbers (see the .cc).
extern const char* const kClusterYaml;
// clusters/vest/opioid.csv, valid for kClusterYaml.
extern const char* const kClusterCsv;

// `text` with the first `from` replaced by `to` (a test failure when absent).
std::string Replace(std::string text, const std::string& from, const std::string& to);

class ClusterSiteTest : public ::testing::Test {
 protected:
  void SetUp() override;
  // Writes cluster.yaml and opioid.csv, then loads and validates the site.
  Catalog Check(const std::string& yaml, const std::string& csv = kClusterCsv);
  std::string YamlPath() const { return site_.content() + "/clusters/vest/cluster.yaml"; }
  std::string CsvPath() const { return site_.content() + "/clusters/vest/opioid.csv"; }
  // Asserts a diagnostic whose message contains `needle` at exactly path:line:col.
  void ExpectAt(const std::string& needle, const std::string& path, int line, int column,
                Severity severity = Severity::kError);

  TempSite site_;
  Diagnostics diags_;
};

}  // namespace klynge::testing
