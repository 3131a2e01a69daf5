// The tagged PDF's structure as layout builds it (StructureTree): roles,
// reading order, heading levels without gaps, artifacts for what is not
// content, and links tied to their annotations.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/print_theme.h"
#include "render/pdf/layout/pdf_document.h"
#include "render/pdf/layout/typeset.h"
#include "support/pdf_tools.h"

namespace klynge::pdf {
namespace {

FontFiles TestFonts() { return testing::DefaultFonts(); }

Paragraph Para(std::string text, Role role = Role::kP) {
  Paragraph p;
  p.spans.push_back(Span{std::move(text)});
  p.role = role;
  return p;
}

// The tree below `tag` as "Role(kid kid …)", content and annotations as "c" and "a".
std::string Shape(const StructureTree& tree, Tag tag) {
  const StructureElement& e = tree.at(tag);
  std::string out = RoleName(e.role);
  std::string kids;
  for (const StructureKid& kid : e.kids) {
    if (!kids.empty()) kids += " ";
    if (kid.kind == StructureKid::Kind::kElement) kids += Shape(tree, kid.value);
    if (kid.kind == StructureKid::Kind::kContent) kids += "c";
    if (kid.kind == StructureKid::Kind::kAnnotation) kids += "a";
  }
  return kids.empty() ? out : out + "(" + kids + ")";
}

// Lays out `blocks` with a running footer, saves, and returns the tree's shape.
std::string TreeOf(const std::vector<Block>& blocks, PdfDocument* doc) {
  doc->SetInfo(DocumentInfo{"Prøve", "KiAP", "", "", "da"});
  Typeset(*doc, PageSetup::A4Portrait(), blocks, [](int page, int, TextMeasure&) {
    return std::vector<DrawOp>{TextOp{56, 820, Face::kRegular, 8, Color{}, "Side " + std::to_string(page)}};
  });
  std::string bytes;
  EXPECT_TRUE(doc->Save(&bytes).ok());
  return Shape(doc->structure(), StructureTree::kRoot);
}

TEST(PdfStructureTest, HeadingsParagraphsAndLinksInReadingOrder) {
  Paragraph linked;
  linked.spans = {Span{"Se "}, Span{"SST", Face::kRegular, std::nullopt, "https://www.sst.dk"}, Span{" nu."}};
  PdfDocument doc(TestFonts());
  // H3 right after H1 is one level down: H2.
  std::string shape = TreeOf({Para("Titel", Role::kH1), Para("Afsnit", HeadingRole(3)), linked}, &doc);
  EXPECT_EQ(shape, "Document(H1(c) H2(c) P(c Link(c a) c))");
  ASSERT_EQ(doc.structure().Headings().size(), 2u);
  EXPECT_EQ(doc.structure().at(doc.structure().Headings()[1]).text, "Afsnit");
}

TEST(PdfStructureTest, ListsHaveLabelsBeforeBodiesAndTickBoxesAreArtifacts) {
  List list;
  list.items.push_back(ListItem{{Para("Første")}});
  list.items.push_back(ListItem{{Para("Anden")}, true, true});
  PdfDocument doc(TestFonts());
  EXPECT_EQ(TreeOf({list, Rule{}, WritingLines{}}, &doc), "Document(L(LI(Lbl(c) LBody(P(c))) LI(LBody(P(c)))))");
}

TEST(PdfStructureTest, ATableHeaderRepeatedOnTheNextPageIsAnArtifact) {
  Table table;
  table.header_rows = 1;
  table.rows.push_back(TableRow{{TableCell{{Para("Klinik")}}, TableCell{{Para("Værdi")}}}});
  for (int i = 0; i < 80; ++i)
    table.rows.push_back(TableRow{{TableCell{{Para("K" + std::to_string(i))}}, TableCell{{Para("1")}}}});
  PdfDocument doc(TestFonts());
  std::string shape = TreeOf({table}, &doc);
  ASSERT_GE(doc.page_count(), 2);
  EXPECT_EQ(shape.rfind("Document(Table(THead(TR(TH(P(c)) TH(P(c)))) TBody(TR(TD(P(c)) TD(P(c))) TR(", 0), 0u)
      << shape;
  // The header's words were marked once, on the first page only.
  const StructureTree& tree = doc.structure();
  int th_marks = 0;
  for (size_t page = 0; page < tree.marks().size(); ++page)
    for (Tag t : tree.marks()[page])
      if (tree.at(tree.at(t).parent).role == Role::kTH) {
        ++th_marks;
        EXPECT_EQ(page, 0u);
      }
  EXPECT_EQ(th_marks, 2);
}

TEST(PdfStructureTest, FiguresNeedAltTextAndDrawingsWithoutOneAreTheirText) {
  Drawing chart;
  chart.width = chart.height = 100;
  chart.alt = "Søjlediagram: A 30,8; B <5.";
  chart.ops = {RectOp{0, 0, 50, 10, Color{}, std::nullopt}, TextOp{0, 20, Face::kRegular, 8, Color{}, "30,8"},
               LineOp{0, 0, 0, 100, Color{}, 0.5f, 0, kArtifact}};
  Drawing field;
  field.width = 200;
  field.height = 20;
  field.ops = {TextOp{0, 15, Face::kBold, 9, Color{}, "Klinik:"}, LineOp{40, 18, 200, 18, Color{}}};
  PdfDocument doc(TestFonts());
  EXPECT_EQ(TreeOf({chart, field}, &doc), "Document(Figure(c) P(c))");
  EXPECT_EQ(doc.structure().at(doc.structure().at(StructureTree::kRoot).kids[0].value).text,
            "Søjlediagram: A 30,8; B <5.");
}

}  // namespace
}  // namespace klynge::pdf
