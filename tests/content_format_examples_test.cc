// The examples of docs/content-format.md, taken from the page itself: every
// ```yaml block parses, and the examples of whole files validate as written,
// so that an author who copies one gets no error.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "load/yaml_reader.h"
#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge {
namespace {

using testing::TempSite;

struct Example {
  std::string heading;  // the "## " heading it is under
  std::string subheading;  // the "### " heading under that, or ""
  std::string lang;     // the fence's info string
  std::string text;
  int line = 0;         // line of the opening fence
};

std::vector<Example> FencedBlocks(const std::string& markdown) {
  std::vector<Example> blocks;
  std::istringstream in(markdown);
  std::string line, heading, subheading;
  Example* open = nullptr;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (open) {
      if (line.starts_with("```")) {
        open = nullptr;
      } else {
        open->text += line + "\n";
      }
      continue;
    }
    if (line.starts_with("## ")) {
      heading = line.substr(3);
      subheading.clear();
    }
    if (line.starts_with("### ")) subheading = line.substr(4);
    if (line.starts_with("```")) {
      blocks.push_back({heading, subheading, line.substr(3), "", number});
      open = &blocks.back();
    }
  }
  return blocks;
}

std::string Docs() { return testing::ReadFile(testing::SourceDir() + "/docs/content-format.md"); }

// Where an example of a whole file goes in a site, by the headings it is under; "" for a fragment.
std::string FileFor(const std::string& heading, const std::string& subheading) {
  if (subheading.starts_with("drejebog-<name>.yaml")) return "packages/smertebehandling/drejebog-kommune.yaml";
  for (const char* name : {"program.yaml", "drejebog.yaml", "plan.yaml", "notes.yaml"})
    if (heading.starts_with(name)) return std::string("packages/smertebehandling/") + name;
  if (heading.starts_with("site.yaml")) return "site.yaml";
  if (heading.starts_with("clusters/")) return "clusters/vest/cluster.yaml";
  return "";
}

TEST(ContentFormatExamplesTest, EveryYamlBlockParses) {
  std::vector<Example> blocks = FencedBlocks(Docs());
  int yaml_blocks = 0;
  for (const Example& b : blocks) {
    if (b.lang != "yaml") continue;
    ++yaml_blocks;
    YamlReadResult result = ReadYaml(b.text);
    EXPECT_TRUE(result.tree) << "docs/content-format.md:" << b.line << " does not parse";
    for (const YamlProblem& p : result.problems)
      ADD_FAILURE() << "docs/content-format.md:" << (b.line + p.where.line) << ":" << p.where.column << ": "
                    << Format(p.message, Language::kEnglish);
  }
  EXPECT_GE(yaml_blocks, 7) << "the page's YAML examples were not found";
}

TEST(ContentFormatExamplesTest, TheExamplesOfWholeFilesValidateAsWritten) {
  cmark_gfm_core_extensions_ensure_registered();
  std::vector<Example> blocks = FencedBlocks(Docs());
  TempSite site;
  // The indicator and survey examples are parts of package.md's front
  // matter (each indicator example's entries join one list); the other
  // examples refer to them and to this package.
  std::string indicators, surveys, csv;
  std::vector<std::string> written;
  for (const Example& b : blocks) {
    if (b.lang == "yaml" && b.heading.starts_with("packages/<slug>/package.md")) {
      if (b.text.starts_with("indicators:\n"))
        indicators += indicators.empty() ? b.text : b.text.substr(b.text.find('\n') + 1);
      if (b.text.starts_with("surveys:\n")) surveys += b.text;
    }
    if (b.lang.empty() && b.text.starts_with("practice,indicator,period")) csv = b.text;
    std::string file = b.lang == "yaml" ? FileFor(b.heading, b.subheading) : "";
    if (file.empty()) continue;
    site.Write(file, b.text);
    written.push_back(file);
  }
  ASSERT_FALSE(indicators.empty()) << "no indicator example under packages/<slug>/package.md";
  ASSERT_FALSE(surveys.empty()) << "no survey example under packages/<slug>/package.md";
  ASSERT_FALSE(csv.empty()) << "no CSV example";
  site.Write("packages/smertebehandling/package.md",
             "---\ntitle: Smertebehandling\ntopic: Medicin\nprovider: KAP-H's medicinteam\nduration: 150\n" +
                 indicators + surveys + "---\nFormålet med denne klyngepakke er …\n");
  site.Write("clusters/vest/opioid.csv", csv);
  EXPECT_EQ(written.size(), 7u) << "expected the examples of site.yaml, program.yaml, drejebog.yaml, "
                                   "drejebog-<name>.yaml, plan.yaml, notes.yaml and cluster.yaml";

  Diagnostics diags;
  Catalog catalog = site.Check(&diags);
  EXPECT_EQ(diags.error_count(), 0) << testing::Describe(diags);
  for (const Diagnostic& d : diags.list())
    EXPECT_EQ(d.message.find("unknown key"), std::string::npos) << d.where.path << ": " << d.message;
  const Package* p = catalog.FindPackage("smertebehandling");
  ASSERT_NE(p, nullptr);
  EXPECT_TRUE(p->program);
  ASSERT_EQ(p->indicators.size(), 2u);
  EXPECT_EQ(p->indicators[1].kind, IndicatorKind::kCount);
  ASSERT_EQ(p->surveys.size(), 1u);
  EXPECT_TRUE(p->drejebog);
  EXPECT_EQ(p->plan.columns.front(), "Hvad vil vi ændre?");
  ASSERT_EQ(p->audience_drejebog.size(), 1u);
  EXPECT_EQ(p->audience_drejebog[0].audience, "Kommunen");
  ASSERT_EQ(catalog.clusters.size(), 1u);
  EXPECT_TRUE(catalog.clusters[0].meeting.rsvp_by);
  EXPECT_FALSE(catalog.clusters[0].meeting.note.empty());
}

}  // namespace
}  // namespace klynge
