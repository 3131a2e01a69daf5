// The chair's deck model (render/pptx/deck.h) for the sample clusters: slides
// in program order, disclosure control (no clinic named in a closed cluster,
// suppressed clinics as "<5"), nothing under 18 pt, every chart grouped with
// alt text, and its PresentationML read back.

#include "render/pptx/deck.h"
#include "render/published_slugs.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <regex>

#include "load/content_loader.h"
#include "load/theme_loader.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/layout/pdf_document.h"
#include "render/pptx/pptx_package.h"
#include "render/pptx/slide_xml.h"
#include "stats/cluster_figures.h"
#include "validate/validator.h"
#include "support/source_tree.h"

namespace klynge {
namespace {

using deck::Deck;
using deck::Group;
using deck::Item;
using deck::Shape;
using deck::Slide;
using deck::TextBox;

class DeckTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    cmark_gfm_core_extensions_ensure_registered();
    Diagnostics diags;
    ContentTree tree = LoadContent(testing::SourceDir() + "/content", &diags);
    catalog_ = new Catalog(Validate(tree, &diags));
    ASSERT_FALSE(diags.HasErrors());
    theme_ = new Theme;
    ASSERT_TRUE(LoadTheme(testing::SourceThemeDir(), "da", theme_).ok());
  }

  // The deck of the sample cluster `slug`, with the cluster figures it was made from.
  Deck DeckOf(const std::string& slug, bool open = false) {
    const ClusterEdition* found = nullptr;
    for (const ClusterEdition& c : catalog_->clusters)
      if (c.slug == slug) found = &c;
    EXPECT_NE(found, nullptr) << slug;
    if (!found) return {};
    cluster_ = *found;
    cluster_.open_data = open;
    const Package* package = catalog_->FindPackage(cluster_.package);
    figures_ = ComputeClusterFigures(cluster_, *package);
    edition_ = std::make_unique<EditionContext>(EditionContext{cluster_, figures_, nullptr});
    ctx_ = std::make_unique<PrintContext>(catalog_->site, *package, *theme_, PublishedSlugs(*catalog_));
    ctx_->edition = edition_.get();
    pdf::PdfDocument fonts(ctx_->style.fonts);
    return BuildDeck(*ctx_, fonts);
  }

  static void ForEachText(const Slide& slide, const std::function<void(const TextBox&)>& visit) {
    for (const Item& item : slide.items) {
      if (const auto* t = std::get_if<TextBox>(&item)) visit(*t);
      if (const auto* g = std::get_if<Group>(&item))
        for (const Shape& s : g->shapes)
          if (const auto* t = std::get_if<TextBox>(&s)) visit(*t);
    }
  }
  static std::string TextOf(const Slide& slide) {
    std::string text;
    ForEachText(slide, [&](const TextBox& t) {
      for (const std::string& p : t.paragraphs) text += p + "\n";
    });
    return text;
  }
  static std::string TitleOf(const Slide& slide) {
    std::string title;
    ForEachText(slide, [&](const TextBox& t) {
      if (t.title && title.empty()) title = t.paragraphs.at(0);
    });
    return title;
  }

  static Catalog* catalog_;
  static Theme* theme_;
  ClusterEdition cluster_;
  ClusterFigures figures_;
  std::unique_ptr<EditionContext> edition_;
  std::unique_ptr<PrintContext> ctx_;
};

Catalog* DeckTest::catalog_ = nullptr;
Theme* DeckTest::theme_ = nullptr;

TEST_F(DeckTest, TitleThenProgramThenEachItemsDataInProgramOrder) {
  Deck deck = DeckOf("eksempel-klynge-syd");
  ASSERT_GE(deck.slides.size(), 5u);
  EXPECT_EQ(TitleOf(deck.slides[0]), ctx_->package.title);
  std::string title_text = TextOf(deck.slides[0]);
  EXPECT_NE(title_text.find(cluster_.name), std::string::npos);
  EXPECT_NE(title_text.find("21. april 2026 kl. 15:30"), std::string::npos) << title_text;
  EXPECT_NE(title_text.find(cluster_.meeting.place), std::string::npos);
  EXPECT_EQ(TitleOf(deck.slides[1]), "Program");
  EXPECT_NE(TextOf(deck.slides[1]).find("15:30\nIntroduktion"), std::string::npos) << TextOf(deck.slides[1]);
  EXPECT_NE(TextOf(deck.slides[1]).find("16:45\nPause"), std::string::npos);

  // The program names dosis-antal and holdning at one item, medicinadministration later.
  std::vector<std::string> expected;
  const Program& program = *ctx_->package.program;
  for (const ProgramBlock& block : program.blocks)
    for (const ProgramItem& item : block.items) {
      if (!item.indicator.empty()) expected.push_back(figures_.Find(item.indicator)->indicator.title);
      if (!item.survey.empty()) expected.push_back(figures_.FindSurvey(item.survey)->title);
    }
  std::vector<std::string> titles;
  for (size_t i = 2; i < deck.slides.size(); ++i) {
    std::string t = TitleOf(deck.slides[i]);
    if (titles.empty() || titles.back() != t) titles.push_back(t);
  }
  EXPECT_EQ(titles, expected);
}

TEST_F(DeckTest, AClosedClustersDeckNamesNoClinicAndShowsSuppressedAsLessThanFive) {
  for (const char* slug : {"eksempel-klynge-syd", "eksempel-klynge-nord"}) {
    Deck deck = DeckOf(slug);
    std::string all;
    for (const Slide& s : deck.slides) all += TextOf(s) + s.notes + "\n";
    for (const Practice& p : cluster_.practices) {
      EXPECT_EQ(all.find(p.name), std::string::npos) << slug << " names " << p.name;
      EXPECT_EQ(all.find(p.id), std::string::npos) << slug << " prints ydernummer " << p.id;
    }
  }
  // Syd's clinic with 3 patients on medicinadministration: "<5", its count nowhere, the sum withheld.
  Deck deck = DeckOf("eksempel-klynge-syd");
  bool found = false;
  for (const Slide& s : deck.slides) {
    if (TitleOf(s).find("medicinadministration") == std::string::npos) continue;
    found = true;
    std::string text = TextOf(s);
    EXPECT_NE(text.find("\n<5\n"), std::string::npos) << text;
    EXPECT_NE(text.find("vises ikke"), std::string::npos) << text;
    EXPECT_FALSE(std::regex_search(text, std::regex("(^|\\n)3\\n"))) << text;
  }
  EXPECT_TRUE(found);
}

TEST_F(DeckTest, AnOpenClustersDeckNamesItsClinics) {
  Deck deck = DeckOf("eksempel-klynge-syd", true);
  std::string all;
  for (const Slide& s : deck.slides) all += TextOf(s);
  for (const Practice& p : cluster_.practices) EXPECT_NE(all.find(p.name), std::string::npos) << p.name;
}

TEST_F(DeckTest, NoTextUnder18PointAndNothingOffTheSlide) {
  for (const char* slug : {"eksempel-klynge-syd", "eksempel-klynge-nord"}) {
    Deck deck = DeckOf(slug);
    for (size_t i = 0; i < deck.slides.size(); ++i)
      ForEachText(deck.slides[i], [&](const TextBox& t) {
        EXPECT_GE(t.size, deck::kMinTextSize) << slug << " slide " << i + 1 << ": " << t.paragraphs.at(0);
        EXPECT_GE(t.x, 0) << t.paragraphs.at(0);
        EXPECT_LE(t.y + t.height, deck::kSlideHeight) << slug << " slide " << i + 1 << ": " << t.paragraphs.at(0);
      });
  }
}

TEST_F(DeckTest, EveryChartIsOneGroupWithAltTextAndEverySlideHasNotes) {
  Deck deck = DeckOf("eksempel-klynge-syd");
  int charts = 0;
  for (size_t i = 0; i < deck.slides.size(); ++i) {
    const Slide& s = deck.slides[i];
    EXPECT_FALSE(s.notes.empty()) << "slide " << i + 1;
    for (const Item& item : s.items)
      if (const auto* g = std::get_if<Group>(&item)) {
        ++charts;
        EXPECT_FALSE(g->descr.empty());
        EXPECT_FALSE(g->shapes.empty());
      }
    std::string xml = deck::SlideXml(s, deck);
    size_t groups = 0;
    for (size_t at = 0; (at = xml.find("<p:grpSp>", at)) != std::string::npos; ++at) ++groups;
    EXPECT_EQ(groups, static_cast<size_t>(std::count_if(s.items.begin(), s.items.end(), [](const Item& it) {
                return std::holds_alternative<Group>(it);
              })));
    EXPECT_EQ(xml.find("<p:pic"), std::string::npos);  // shapes, never pictures of text
  }
  EXPECT_GE(charts, 3);
  // The speaker notes of a data slide are its program item's text, as plain text.
  const Slide& dosis = deck.slides[2];
  EXPECT_EQ(dosis.notes,
            "15:45 · 25 min.\n"
            "Klyngens antal af patienter på dosisdispenseret medicin (Figur 1)\n"
            "Resultater om klyngens holdning og brug af dosisdispensering\n"
            "– Oplevelser, holdninger og erfaringer med dosisdispenseret medicin\n"
            "– Sidemakkersnak og plenumopsamling om resultaterne af spørgeskemaundersøgelsen");
  EXPECT_NE(deck::NotesSlideXml(dosis, deck).find("<p:ph type=\"body\" idx=\"1\"/>"), std::string::npos);
}

TEST_F(DeckTest, ThePptxIsTheSameBytesEveryTimeWithTheContentTypesFirst) {
  std::string one, two;
  ASSERT_TRUE(deck::WritePptx(DeckOf("eksempel-klynge-nord"), &one).ok());
  ASSERT_TRUE(deck::WritePptx(DeckOf("eksempel-klynge-nord"), &two).ok());
  EXPECT_EQ(one, two);
  ASSERT_GT(one.size(), 30u + 19u);
  EXPECT_EQ(one.substr(0, 4), std::string("PK\x03\x04"));
  EXPECT_EQ(one.substr(30, 19), "[Content_Types].xml");  // the first local header's name
  // The DOS date 2000-01-01 00:00 (time 0, date (20 << 9) | (1 << 5) | 1) in every zone.
  EXPECT_EQ(static_cast<uint8_t>(one[10]) | static_cast<uint8_t>(one[11]) << 8, 0);
  EXPECT_EQ(static_cast<uint8_t>(one[12]) | static_cast<uint8_t>(one[13]) << 8, (20 << 9) | (1 << 5) | 1);
}

}  // namespace
}  // namespace klynge
