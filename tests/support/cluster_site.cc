#include "support/cluster_site.h"

#include <gtest/gtest.h>

namespace klynge::testing {

const char* const kPackageWithIndicators =
    "---\n"
    "title: Smertebehandling\n"
    "topic: Medicin\n"
    "provider: KAP-H's medicinteam\n"
    "duration: 150\n"
    "indicators:\n"
    "  - id: opioid-3m\n"
    "    title: Patienter med opioid i 3 mdr. eller mere\n"
    "    unit: pr. 1.000 tilmeldte\n"
    "    better: lower\n"
    "  - id: morfin-andel\n"
    "    title: Andel morfin\n"
    "    unit: \"%\"\n"
    "    per: 100\n"
    "    better: higher\n"
    "---\n"
    "Formålet med denne klyngepakke er at kigge på ordinationsmønstret.\n";

// Line numbers are part of the tests: keep them in step.
const char* const kClusterYaml =
    "name: Aalborg Klynge Vest\n"      // 1
    "region: Nordjylland\n"            // 2
    "coordinator: Tine Stegger\n"      // 3
    "package: smertebehandling\n"      // 4
    "meeting:\n"                       // 5
    "  date: 2026-03-12\n"             // 6
    "  start: \"16:00\"\n"             // 7
    "  place: Lægehuset Vestergade\n"  // 8
    "data_mode: closed\n"              // 9
    "practices:\n"                     // 10
    "  - id: \"012345\"\n"             // 11
    "    name: Lægerne Vestergade\n"   // 12
    "  - id: 023456\n"                 // 13
    "    name: Lægehuset Øst\n"        // 14
    "data: [opioid.csv]\n"             // 15
    "comparators:\n"                   // 16
    "  - indicator: opioid-3m\n"       // 17
    "    period: \"2025\"\n"           // 18
    "    label: Region Nordjylland\n"  // 19
    "    value: 41.2\n";               // 20

const char* const kClusterCsv =
    "practice,indicator,period,numerator,denominator\n"
    "012345,opioid-3m,2025,57,1480\n"
    "023456,opioid-3m,2025,3,900\n"
    "023456,morfin-andel,2024,40,120\n";

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

void ClusterSiteTest::SetUp() {
  site_.Write("site.yaml", kSiteYaml);
  site_.Write("packages/smertebehandling/package.md", kPackageWithIndicators);
}

Catalog ClusterSiteTest::Check(const std::string& yaml, const std::string& csv) {
  diags_ = Diagnostics();
  site_.Write("clusters/vest/cluster.yaml", yaml);
  site_.Write("clusters/vest/opioid.csv", csv);
  return site_.Check(&diags_);
}

void ClusterSiteTest::ExpectAt(const std::string& needle, const std::string& path, int line,
                               int column, Severity severity) {
  const Diagnostic* d = FindDiagnostic(diags_, needle);
  ASSERT_NE(d, nullptr) << "no diagnostic with \"" << needle << "\" in:\n" << Describe(diags_);
  EXPECT_EQ(d->where.path, path) << d->message;
  EXPECT_EQ(d->where.line, line) << d->message;
  EXPECT_EQ(d->where.column, column) << d->message;
  EXPECT_EQ(d->severity, severity) << d->message;
}

}  // namespace klynge::testing
