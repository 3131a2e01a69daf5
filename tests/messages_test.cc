// The message catalog (base/messages.h): every message in both languages'
// tables, with the same placeholders, and worded as the tables say.

#include "base/messages.h"
#include "base/message.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "base/diagnostics.h"

namespace klynge {
namespace {

// The argument numbers a text names ({0}, {3}, ...).
std::multiset<int> Placeholders(std::string_view text) {
  std::multiset<int> found;
  for (size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
    size_t j = i + 1;
    int n = 0;
    while (j < text.size() && text[j] >= '0' && text[j] <= '9') n = n * 10 + (text[j++] - '0');
    if (j > i + 1 && j < text.size() && text[j] == '}') found.insert(n);
  }
  return found;
}

std::set<int> Distinct(const std::multiset<int>& all) { return {all.begin(), all.end()}; }

TEST(MessagesTest, EveryMessageHasATextInBothLanguages) {
  for (size_t i = 0; i < kMsgCount; ++i) {
    Msg id = static_cast<Msg>(i);
    EXPECT_FALSE(MessageTemplate(id, Language::kEnglish).empty()) << "message " << i << " has no English text";
    EXPECT_FALSE(MessageTemplate(id, Language::kDanish).empty()) << "message " << i << " has no Danish text";
  }
}

TEST(MessagesTest, BothTextsOfAMessageUseTheSamePlaceholders) {
  for (size_t i = 0; i < kMsgCount; ++i) {
    Msg id = static_cast<Msg>(i);
    std::string_view en = MessageTemplate(id, Language::kEnglish), da = MessageTemplate(id, Language::kDanish);
    EXPECT_EQ(Distinct(Placeholders(en)), Distinct(Placeholders(da))) << "en: " << en << "\nda: " << da;
  }
}

TEST(MessagesTest, PlaceholdersAreNumberedFromZeroWithoutAGap) {
  for (size_t i = 0; i < kMsgCount; ++i) {
    std::string_view en = MessageTemplate(static_cast<Msg>(i), Language::kEnglish);
    std::set<int> numbers = Distinct(Placeholders(en));
    int expected = 0;
    for (int n : numbers) EXPECT_EQ(n, expected++) << en;
  }
}

TEST(MessagesTest, TheDanishTextIsNotTheEnglish) {
  for (size_t i = 0; i < kMsgCount; ++i) {
    Msg id = static_cast<Msg>(i);
    if (id == Msg::kVerbatim) continue;
    EXPECT_NE(MessageTemplate(id, Language::kEnglish), MessageTemplate(id, Language::kDanish))
        << "message " << i << " is not translated";
  }
}

TEST(MessagesTest, ArgumentsFillTheirPlaceholdersAndBracesStayText) {
  Message m = Text(Msg::kYamlDuplicateKey, "title", 3);
  EXPECT_EQ(Format(m, Language::kEnglish),
            "duplicate key `title`: line 3 has it already; a key may appear once in a mapping, so remove or rename "
            "one of the two");
  EXPECT_EQ(Format(m, Language::kDanish),
            "nøglen `title` står der to gange: linje 3 har den allerede, og en nøgle må kun stå én gang; fjern "
            "eller omdøb den ene");
  // `{ }` and `{` before a backtick are the text's own braces.
  EXPECT_EQ(Format(Text(Msg::kYamlMappingNeverClosed, 7), Language::kEnglish),
            "the `{` opened at line 7 is never closed; end the mapping with `}`");
  // An argument is put in as it is, never read for placeholders itself.
  EXPECT_EQ(Format(Text(Msg::kYamlMarkerInsideYaml, "{1}"), Language::kEnglish),
            "`{1}` cannot stand inside the YAML: remove this line");
}

TEST(MessagesTest, ATextOutsideTheCatalogIsTheSameInBothLanguages) {
  Message m = std::string("cannot write output/site: disk full");
  EXPECT_EQ(Format(m, Language::kDanish), "cannot write output/site: disk full");
  EXPECT_EQ(Format(m, Language::kEnglish), "cannot write output/site: disk full");
}

TEST(MessagesTest, ADiagnosticKeepsItsIdAndIsWordedWhenPrinted) {
  Diagnostics diags;
  diags.Error({"content/site.yaml", 2, 7}, Text(Msg::kYamlTabIndentation));
  const Diagnostic& d = diags.list().front();
  EXPECT_EQ(d.text.id, Msg::kYamlTabIndentation);
  EXPECT_EQ(d.message,
            "a tab is used for indentation here; YAML indents with spaces only, so replace the tab with spaces");
  EXPECT_EQ(FormatDiagnostic(d, nullptr, Language::kDanish),
            "content/site.yaml:2:7: error: her er der rykket ind med tabulator; YAML rykker kun ind med mellemrum, "
            "så skift tabulatoren ud med mellemrum\n");
  EXPECT_EQ(FormatDiagnostic(d, nullptr, Language::kEnglish),
            "content/site.yaml:2:7: error: a tab is used for indentation here; YAML indents with spaces only, so "
            "replace the tab with spaces\n");
}

}  // namespace
}  // namespace klynge
