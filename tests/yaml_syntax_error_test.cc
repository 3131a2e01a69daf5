// YAML syntax errors in an author's words: each at its file, line and
// column, with the whole message, and one message per broken file.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "load/content_loader.h"
#include "load/yaml_reader.h"
#include "support/expect_diagnostic.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::HasError;
using testing::TempSite;

// Every case runs in English and in Danish (the site says which).
class YamlSyntaxErrorTest : public testing::BothLanguages {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    site_.Write("site.yaml", SiteYaml());
    site_.Write("packages/smertebehandling/package.md", testing::kPackageMd);
  }

  // Writes packages/smertebehandling/<file> and loads the content.
  void Load(const std::string& file, const std::string& text) {
    site_.Write("packages/smertebehandling/" + file, text);
    diags_ = Diagnostics();
    LoadContent(site_.content(), &diags_);
  }

  std::string Path(const std::string& file) const {
    return site_.content() + "/packages/smertebehandling/" + file;
  }

  TempSite site_;
  Diagnostics diags_;
};

TEST_P(YamlSyntaxErrorTest, AColonAndASpaceInsideAPlainValue) {
  Load("drejebog.yaml",
       "before:\n"
       "  - title: Invitation: send til deltagerne\n"
       "    who: Klyngekoordinator\n");
  EXPECT_TRUE(HasError(diags_, Path("drejebog.yaml"), 2, 22,
                       "a colon followed by a space inside a value reads as the start of another key: put the "
                       "whole text in quotes, title: \"Invitation: send til deltagerne\"",
                       "et kolon og et mellemrum inde i en værdi læses som starten på en ny nøgle: sæt hele teksten i "
                       "anførselstegn, title: \"Invitation: send til deltagerne\""));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, AColonInFrontMatterNamesTheFileLine) {
  Load("package.md",
       "---\n"
       "title: Smertebehandling: opioider\n"
       "topic: Medicin\n"
       "---\n"
       "Tekst.\n");
  EXPECT_TRUE(HasError(diags_, Path("package.md"), 2, 24,
                       "a colon followed by a space inside a value reads as the start of another key: put the "
                       "whole text in quotes, title: \"Smertebehandling: opioider\""));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, ATabUsedAsIndentation) {
  Load("drejebog.yaml",
       "before:\n"
       "  - title: Bestil\n"
       "\twho: Klyngekoordinator\n");
  EXPECT_TRUE(HasError(diags_, Path("drejebog.yaml"), 3, 1,
                       "a tab is used for indentation here; YAML indents with spaces only, so replace the tab "
                       "with spaces",
                       "her er der rykket ind med tabulator; YAML rykker kun ind med mellemrum, så skift "
                       "tabulatoren ud med mellemrum"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, ABracketThatIsNeverClosedNamesTheLineItOpened) {
  Load("plan.yaml",
       "title: Plan\n"
       "columns: [Hvad?, Hvem?\n"
       "rows: 5\n");
  EXPECT_TRUE(HasError(diags_, Path("plan.yaml"), 3, 8,
                       "the `[` opened at line 2 is never closed; end the list with `]`",
                       "`[` fra linje 2 bliver aldrig lukket; afslut listen med `]`"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, ABraceThatIsNeverClosedNamesTheLineItOpened) {
  Load("package.md",
       "---\n"
       "title: Smertebehandling\n"
       "contact: {email: a@example.dk\n"
       "topic: Medicin\n"
       "---\n"
       "Tekst.\n");
  EXPECT_TRUE(HasError(diags_, Path("package.md"), 4, 6,
                       "the `{` opened at line 3 is never closed; end the mapping with `}`",
                       "`{` fra linje 3 bliver aldrig lukket; afslut den med `}`"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, AQuoteThatIsNeverClosed) {
  Load("notes.yaml",
       "title: Noter\n"
       "sections:\n"
       "  - title: \"Blok 1\n"
       "    lines: 4\n");
  EXPECT_TRUE(HasError(diags_, Path("notes.yaml"), 3, 12,
                       "the quote `\"` opened at line 3 is never closed; end the text with `\"`",
                       "anførselstegnet `\"` fra linje 3 bliver aldrig lukket; afslut teksten med `\"`"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, ABracketClosedByTheOtherKind) {
  Load("plan.yaml", "columns: [Hvad?, Hvem?}\n");
  EXPECT_TRUE(HasError(diags_, Path("plan.yaml"), 1, 23,
                       "`}` cannot close the `[` opened at line 1: close it with `]` first",
                       "`}` kan ikke lukke `[` fra linje 1: luk den først med `]`"));
}

TEST_P(YamlSyntaxErrorTest, ALineIndentedDifferentlyFromItsSiblingsSaysWhichColumn) {
  Load("drejebog.yaml",
       "before:\n"
       "  - title: Bestil\n"
       "    who: Klyngekoordinator\n"
       "   when: -8w\n");
  EXPECT_TRUE(HasError(diags_, Path("drejebog.yaml"), 4, 4,
                       "this line starts at column 4, which lines up with no line above it: start it at column 5 "
                       "like `who:` on line 3",
                       "linjen begynder i kolonne 4, der ikke flugter med nogen linje over den: begynd den i "
                       "kolonne 5 som `who:` i linje 3"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, ALineBetweenTwoLevelsNamesBoth) {
  Load("notes.yaml",
       "sections:\n"
       "    - title: Blok 1\n"
       "  - title: Blok 2\n");
  EXPECT_TRUE(HasError(diags_, Path("notes.yaml"), 3, 3,
                       "this line starts at column 3, which lines up with no line above it: start it at column 5 "
                       "like `- title:` on line 2, or at column 1 like `sections:` on line 1",
                       "linjen begynder i kolonne 3, der ikke flugter med nogen linje over den: begynd den i "
                       "kolonne 5 som `- title:` i linje 2, eller i kolonne 1 som `sections:` i linje 1"));
}

TEST_P(YamlSyntaxErrorTest, ALineIndentedDeeperThanTheKeyAbove) {
  Load("notes.yaml",
       "title: Noter\n"
       "  sections: []\n");
  EXPECT_TRUE(HasError(diags_, Path("notes.yaml"), 2, 3,
                       "this line is indented more than `title:` on line 1: start it at column 1 to add a key "
                       "beside `title:`, or put the whole value of `title:` in quotes if the line belongs to it"));
}

TEST_P(YamlSyntaxErrorTest, ADuplicateKeyNamesBothLines) {
  Load("plan.yaml",
       "title: Plan\n"
       "rows: 5\n"
       "title: Ny plan\n");
  EXPECT_TRUE(HasError(diags_, Path("plan.yaml"), 3, 1,
                       "duplicate key `title`: line 1 has it already; a key may appear once in a mapping, so "
                       "remove or rename one of the two",
                       "nøglen `title` står der to gange: linje 1 har den allerede, og en nøgle må kun stå én "
                       "gang; fjern eller omdøb den ene"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, ADuplicateKeyInFrontMatterNamesFileLines) {
  Load("package.md", std::string(testing::kPackageMd).replace(4, 0, "topic: Medicin\n"));
  EXPECT_TRUE(HasError(diags_, Path("package.md"), 4, 1,
                       "duplicate key `topic`: line 2 has it already; a key may appear once in a mapping, so "
                       "remove or rename one of the two"));
}

TEST_P(YamlSyntaxErrorTest, AFrontMatterWithoutItsClosingLine) {
  Load("package.md",
       "---\n"
       "title: Smertebehandling\n"
       "topic: Medicin\n"
       "\n"
       "Formålet med denne klyngepakke er …\n");
  EXPECT_TRUE(HasError(diags_, Path("package.md"), 1, 1,
                       "the front matter that starts here is never closed: add a line `---` after its last line "
                       "of YAML, before the text"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, AListItemWhereAMappingWasExpected) {
  Load("plan.yaml",
       "title: Plan\n"
       "- Hvad vil vi ændre?\n");
  EXPECT_TRUE(HasError(diags_, Path("plan.yaml"), 2, 1,
                       "a list item (`- `) cannot stand among the keys of a mapping: put it under a key that takes "
                       "a list, indented, or remove the `- `"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, AKeyWhereAListItemWasExpected) {
  Load("drejebog.yaml",
       "before:\n"
       "  - title: Bestil\n"
       "  who: Klyngekoordinator\n");
  EXPECT_TRUE(HasError(diags_, Path("drejebog.yaml"), 3, 3,
                       "the lines above at this column are list items (`- `), but this one is not: start it with "
                       "`- `, or indent it under the item it belongs to"));
}

TEST_P(YamlSyntaxErrorTest, AnAliasToAnAnchorThatDoesNotExist) {
  Load("drejebog.yaml",
       "before:\n"
       "  - title: Bestil\n"
       "    who: *koordinator\n");
  EXPECT_TRUE(HasError(diags_, Path("drejebog.yaml"), 3, 10,
                       "the alias `*koordinator` names no anchor: write `&koordinator` before a value further up "
                       "to name it, or write the value here"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, ASecondDocumentInOneFile) {
  Load("program.yaml", "blocks: []\n---\nblocks: []\n");
  EXPECT_TRUE(HasError(diags_, Path("program.yaml"), 2, 1,
                       "a second YAML document starts here: this file holds one document, so remove this `---` "
                       "line"));
}

TEST_P(YamlSyntaxErrorTest, ALoneCommaInFrontMatter) {
  Load("package.md", "---\n,\n---\nTekst.\n");
  EXPECT_TRUE(HasError(diags_, Path("package.md"), 2, 1,
                       "a comma here separates nothing: commas go only between the entries of [ ] and { }; "
                       "remove it, or put the whole text in quotes"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, ACommaAfterTheWholeDocument) {
  Load("program.yaml", "{blocks: []},");
  EXPECT_TRUE(HasError(diags_, Path("program.yaml"), 1, 13,
                       "a comma here separates nothing: commas go only between the entries of [ ] and { }; "
                       "remove it, or put the whole text in quotes"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, AliasesThatRepeatWithoutEndAreCut) {
  // "Billion laughs": nine levels of ten aliases each would be 10^9 values.
  std::string yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char level = 'b'; level <= 'j'; ++level) {
    std::string previous(1, static_cast<char>(level - 1));
    yaml += std::string(1, level) + ": &" + level + " [";
    for (int i = 0; i < 10; ++i) yaml += (i ? ", *" : "*") + previous;
    yaml += "]\n";
  }
  Load("notes.yaml", yaml);
  EXPECT_TRUE(HasError(diags_, Path("notes.yaml"), 5, 36,
                       "the aliases up to here repeat more than 100000 values: aliases of aliases grow without "
                       "end; write the values out instead"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, AnAliasInsideTheValueItNames) {
  Load("notes.yaml", "sections: &s [*s]\n");
  EXPECT_TRUE(HasError(diags_, Path("notes.yaml"), 1, 15,
                       "the alias `*s` is inside the value it names, which would repeat without end: write the "
                       "value out instead"));
}

TEST_P(YamlSyntaxErrorTest, NestingDeeperThanTheLimit) {
  Load("notes.yaml", "sections: " + std::string(200000, '[') + "\n");
  EXPECT_TRUE(HasError(diags_, Path("notes.yaml"), 1, 74,
                       "the values here are nested more than 64 levels deep: a content file needs only a few "
                       "levels"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, AKeyWithoutItsColon) {
  Load("notes.yaml",
       "title: Noter\n"
       "sections:\n"
       "  - title Blok 1\n"
       "    lines: 4\n");
  EXPECT_TRUE(HasError(diags_, Path("notes.yaml"), 3, 5,
                       "this line has no colon after its key, so YAML cannot tell the key from the value: write "
                       "it as key: value, with a space after the colon"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, AColonWithoutASpaceAfterTheKey) {
  Load("drejebog.yaml",
       "before:\n"
       "  - title: Send invitationen\n"
       "    when:-2w\n");
  EXPECT_TRUE(HasError(diags_, Path("drejebog.yaml"), 3, 5,
                       "a key's colon must be followed by a space: write when: -2w"));
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
}

TEST_P(YamlSyntaxErrorTest, AColonAndASpaceInAListOfTextSaysToQuoteIt) {
  // Valid YAML (a mapping in the list), so the validator explains it.
  site_.Write("packages/smertebehandling/drejebog.yaml",
              "before:\n"
              "  - title: Ring til kommunen\n"
              "    checklist:\n"
              "      - Aftal: hvem ringer\n");
  Diagnostics diags;
  site_.Check(&diags);
  EXPECT_TRUE(HasError(diags, Path("drejebog.yaml"), 4, 9,
                       "each entry of `checklist` must be text, found a mapping (`Aftal: hvem ringer` reads as a "
                       "key and its value: put the whole text in quotes)"));
}

// libfyaml's own wording, as it reports these inputs: none of it may reach an author.
KLYNGE_IN_BOTH_LANGUAGES(YamlSyntaxErrorTest);

TEST(YamlReaderTest, NoMessageUsesTheParsersWording) {
  const std::vector<std::string> broken = {
      "a: b: c\n", "a:\n\tb: 1\n", "a: [x, y\n", "a: {x: 1\nb: 2\n", "a: \"x\n", "a: 'x\n",
      "a:\n  b: 1\n c: 2\n", "a: 1\na: 2\n", "a: 1\n- x\n", "a: *x\n", "a: 1\n---\nb: 2\n", ",\n",
      "{a: 1},", "a: [x]]\n", "a: - b\n", "a: \"x\" y\n", "a: @x\n", "a: \"\\q\"\n", "a: \"x\"#c\n",
      "a: {x: [1}\n", "a: |\n  x\n y\n", "a: |x\n", "- a\nb: 1\n", "a: `x`\n", "? a\n? a\n",
      "a: \"\\u00\"\n", "%YAML 9.9\n---\na: 1\n", "a: !<x\n", "[a, b]\nc: d\n", "a: 1\n b: 2\n",
      "&a\n&b x\n", "a: b\n...\nc\n", "a:\n  - b\n - c\n", "a: x\n  - b: c\n  d\n",
  };
  const std::vector<std::string> parser_words = {
      "invalid", "did not find", "expected key", "node content", "missing document start",
      "flow sequence", "flow mapping", "scalar", "Max depth", "block mapping", "indendation",
      "duplicate key\n", "plain", "multiline", "token", "mismatched", "directive",
  };
  for (const std::string& text : broken) {
    YamlReadResult result = ReadYaml(text);
    ASSERT_FALSE(result.problems.empty()) << "no problem reported for:\n" << text;
    EXPECT_EQ(result.problems.size(), 1u) << text;
    for (const YamlProblem& p : result.problems) {
      for (Language language : {Language::kEnglish, Language::kDanish}) {
        std::string message = Format(p.message, language);
        for (const std::string& word : parser_words)
          EXPECT_EQ(message.find(word), std::string::npos) << "\"" << word << "\" in: " << message << "\nfor:\n" << text;
      }
      EXPECT_GE(p.where.line, 1) << text;
      EXPECT_GE(p.where.column, 1) << text;
    }
  }
}

}  // namespace
}  // namespace klynge
