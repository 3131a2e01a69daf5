// Every YAML 1.2 form the content format's "YAML" section names is accepted
// with the meaning the specification gives it: one test per form, each
// asserting the value that reaches the model through the validators.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::TempSite;

const char* const kFrontMatterStart =
    "---\n"
    "title: Smertebehandling\n"
    "topic: Medicin\n"
    "provider: KAP-H's medicinteam\n"
    "duration: 150\n";

class YamlFormsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    site_.Write("site.yaml", testing::kSiteYaml);
    site_.Write("packages/smertebehandling/package.md", testing::kPackageMd);
  }

  // Writes packages/smertebehandling/<file>, validates, and returns the
  // package; fails the test on any diagnostic.
  const Package* With(const std::string& file, const std::string& text) {
    site_.Write("packages/smertebehandling/" + file, text);
    diags_ = Diagnostics();
    catalog_ = site_.Check(&diags_);
    EXPECT_EQ(diags_.list().size(), 0u) << testing::Describe(diags_);
    const Package* p = catalog_.FindPackage("smertebehandling");
    EXPECT_NE(p, nullptr) << testing::Describe(diags_);
    return p;
  }

  // package.md with these extra front matter lines.
  const Package* WithFrontMatter(const std::string& lines) {
    return With("package.md", std::string(kFrontMatterStart) + lines + "---\nTekst.\n");
  }

  const Drejebog& DrejebogOf(const std::string& yaml) {
    const Package* p = With("drejebog.yaml", yaml);
    static const Drejebog kEmpty;
    return p && p->drejebog ? *p->drejebog : kEmpty;
  }

  TempSite site_;
  Diagnostics diags_;
  Catalog catalog_;
};

TEST_F(YamlFormsTest, QuestionMarksInAFlowList) {
  const Package* p = With("plan.yaml", "columns: [Hvad vil vi ændre?, Hvem gør hvad?, ?ny]\n");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->plan.columns, (std::vector<std::string>{"Hvad vil vi ændre?", "Hvem gør hvad?", "?ny"}));
}

TEST_F(YamlFormsTest, QuestionMarksInBlockContext) {
  const Drejebog& d = DrejebogOf(
      "before:\n"
      "  - title: Er lokalet booket?\n"
      "    checklist:\n"
      "      - Virker projektoren?\n"
      "      - ?Hvem har nøglen\n");
  ASSERT_EQ(d.before.size(), 1u);
  EXPECT_EQ(d.before[0].title, "Er lokalet booket?");
  EXPECT_EQ(d.before[0].checklist, (std::vector<std::string>{"Virker projektoren?", "?Hvem har nøglen"}));
}

TEST_F(YamlFormsTest, QuestionMarksInAFlowMappingInABlockList) {
  const Package* p = WithFrontMatter(
      "materials:\n"
      "  - {title: Hvad er antibiotika?, kind: podcast, url: https://www.sst.dk/podcast?id=7}\n");
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->materials.size(), 1u);
  EXPECT_EQ(p->materials[0].title, "Hvad er antibiotika?");
  EXPECT_EQ(p->materials[0].kind, "podcast");
  EXPECT_EQ(p->materials[0].url, "https://www.sst.dk/podcast?id=7");
}

TEST_F(YamlFormsTest, ColonsNotFollowedBySpaceInPlainScalars) {
  const Drejebog& d = DrejebogOf(
      "during:\n"
      "  - title: Mødet starter kl. 16:30\n"
      "    checklist: [Kaffe kl. 16:15, Se https://www.sst.dk/opioider, Slut 18:00]\n");
  ASSERT_EQ(d.during.size(), 1u);
  EXPECT_EQ(d.during[0].title, "Mødet starter kl. 16:30");
  EXPECT_EQ(d.during[0].checklist,
            (std::vector<std::string>{"Kaffe kl. 16:15", "Se https://www.sst.dk/opioider", "Slut 18:00"}));
}

TEST_F(YamlFormsTest, HashSignsNotAfterASpaceInPlainScalars) {
  const Drejebog& d = DrejebogOf(
      "during:\n"
      "  - title: Sag#2 fra klinikken # a comment, not part of the title\n"
      "    checklist: [Punkt#1, Punkt#2]  # and one after a flow list\n");
  ASSERT_EQ(d.during.size(), 1u);
  EXPECT_EQ(d.during[0].title, "Sag#2 fra klinikken");
  EXPECT_EQ(d.during[0].checklist, (std::vector<std::string>{"Punkt#1", "Punkt#2"}));
}

TEST_F(YamlFormsTest, FlowMappingsInsideABlockList) {
  const Package* p = WithFrontMatter(
      "links:\n"
      "  - {title: Sundhedsstyrelsen, url: 'https://www.sst.dk/'}\n"
      "  - {title: \"Pro.medicin.dk\", url: https://pro.medicin.dk/}\n");
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->links.size(), 2u);
  EXPECT_EQ(p->links[0].title, "Sundhedsstyrelsen");
  EXPECT_EQ(p->links[0].url, "https://www.sst.dk/");
  EXPECT_EQ(p->links[1].title, "Pro.medicin.dk");
  EXPECT_EQ(p->links[1].url, "https://pro.medicin.dk/");
}

TEST_F(YamlFormsTest, LiteralBlockScalarsWithEveryChomping) {
  const Package* p = With("program.yaml",
                          "blocks:\n"
                          "  - title: Clip\n"
                          "    text: |\n"
                          "      Første linje\n"
                          "      anden linje\n"
                          "\n"
                          "  - title: Strip\n"
                          "    text: |-\n"
                          "      Første linje\n"
                          "      anden linje\n"
                          "\n"
                          "  - title: Keep\n"
                          "    text: |+\n"
                          "      Første linje\n"
                          "\n"
                          "  - title: Slut\n"
                          "    minutes: 150\n");
  ASSERT_NE(p, nullptr);
  ASSERT_TRUE(p->program);
  ASSERT_EQ(p->program->blocks.size(), 4u);
  EXPECT_EQ(p->program->blocks[0].text.text, "Første linje\nanden linje\n");
  EXPECT_EQ(p->program->blocks[1].text.text, "Første linje\nanden linje");
  EXPECT_EQ(p->program->blocks[2].text.text, "Første linje\n\n");
  // Markdown positions start on the line after the indicator.
  EXPECT_EQ(p->program->blocks[0].text.first_line, 4);
}

TEST_F(YamlFormsTest, FoldedBlockScalarsWithChomping) {
  const Package* p = With("program.yaml",
                          "blocks:\n"
                          "  - title: Foldet\n"
                          "    text: >\n"
                          "      Første del\n"
                          "      af afsnittet.\n"
                          "\n"
                          "      Nyt afsnit.\n"
                          "  - title: Uden linjeskift\n"
                          "    minutes: 150\n"
                          "    text: >-\n"
                          "      En lang\n"
                          "      sætning.\n");
  ASSERT_NE(p, nullptr);
  ASSERT_TRUE(p->program);
  ASSERT_EQ(p->program->blocks.size(), 2u);
  EXPECT_EQ(p->program->blocks[0].text.text, "Første del af afsnittet.\nNyt afsnit.\n");
  EXPECT_EQ(p->program->blocks[1].text.text, "En lang sætning.");
}

TEST_F(YamlFormsTest, AnchorsAndAliases) {
  const Drejebog& d = DrejebogOf(
      "before:\n"
      "  - title: Bestil lokale\n"
      "    who: &koordinator Klyngekoordinator\n"
      "    checklist: &udstyr [Projektor, Flipover]\n"
      "during:\n"
      "  - title: Stil op\n"
      "    who: *koordinator\n"
      "    checklist: *udstyr\n");
  ASSERT_EQ(d.before.size(), 1u);
  ASSERT_EQ(d.during.size(), 1u);
  EXPECT_EQ(d.during[0].who, "Klyngekoordinator");
  EXPECT_EQ(d.during[0].checklist, (std::vector<std::string>{"Projektor", "Flipover"}));
}

TEST_F(YamlFormsTest, CommentsAnywhere) {
  const Package* p = With("notes.yaml",
                          "# Ark til mødenoter for smertebehandling\n"
                          "title: Noter   # the sheet's heading\n"
                          "sections:      # one per block\n"
                          "  # the first block\n"
                          "  - title: Blok 1\n"
                          "    prompt: Hvad tager jeg med?\n"
                          "    lines: 6 # enough for a few sentences\n"
                          "  - {title: Blok 2,   # a comment inside a flow mapping\n"
                          "     prompt: Hvad gør vi nu?}\n"
                          "# and at the end\n");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->notes.title, "Noter");
  ASSERT_EQ(p->notes.sections.size(), 2u);
  EXPECT_EQ(p->notes.sections[0].prompt, "Hvad tager jeg med?");
  EXPECT_EQ(p->notes.sections[0].lines, 6);
  EXPECT_EQ(p->notes.sections[1].title, "Blok 2");
  EXPECT_EQ(p->notes.sections[1].prompt, "Hvad gør vi nu?");
}

TEST_F(YamlFormsTest, QuotedAndPlainKeys) {
  const Package* p = With("notes.yaml",
                          "\"title\": Noter\n"
                          "'sections':\n"
                          "  - \"title\": Blok 1\n"
                          "    prompt: Hvad tager jeg med?\n"
                          "    'lines': 4\n");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->notes.title, "Noter");
  ASSERT_EQ(p->notes.sections.size(), 1u);
  EXPECT_EQ(p->notes.sections[0].title, "Blok 1");
  EXPECT_EQ(p->notes.sections[0].lines, 4);
}

TEST_F(YamlFormsTest, CoreSchemaTypes) {
  // An integer is plain; quoted it is text; null and the three spellings of true.
  const Package* p = WithFrontMatter(
      "summary: ~\n"
      "price:\n"
      "draft: True\n");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->duration_minutes, 150);
  EXPECT_EQ(p->summary, "");
  EXPECT_EQ(p->price, "");
  EXPECT_TRUE(p->draft);
  site_.Write("packages/smertebehandling/package.md",
              std::string(kFrontMatterStart) + "order_weeks_before: \"4\"\n---\nTekst.\n");
  Diagnostics diags;
  site_.Check(&diags);
  EXPECT_EQ(diags.error_count(), 1) << "a quoted number is text, not a whole number\n" << testing::Describe(diags);
}

}  // namespace
}  // namespace klynge
