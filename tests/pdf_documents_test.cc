// The package PDFs as a reader gets them: text extracted with pdftotext,
// page sizes with pdfinfo, embedded fonts with pdffonts, links, validity
// with qpdf, and byte-identical rebuilds.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <cmath>
#include <map>
#include <regex>

#include "load/print_theme_loader.h"
#include "load/theme_loader.h"
#include "pipeline/build_units.h"
#include "render/pdf/documents.h"
#include "render/pdf/package_pdfs.h"
#include "support/site_catalog.h"
#include "support/pdf_tools.h"
#include "support/source_tree.h"

namespace klynge {
namespace {

// Every published package's PDFs through the pipeline's scheduler, and what
// the package pages list of them.
Status RenderPackagePdfs(const Catalog& catalog, const Theme& theme, Output* out, PackageDocuments* documents,
                         unsigned threads = 0) {
  Status status = RenderParts(catalog, theme, {}, {BuildPart::kPdf}, threads, out);
  *documents = ListPackageDocuments(catalog, theme, [&](const std::string& path) -> size_t {
    const std::string* bytes = out->Get("site/" + path);
    return bytes ? bytes->size() : 0;
  });
  return status;
}

using testing::MakeTestPng;
using testing::PdfFonts;
using testing::PdfInfo;
using testing::PdfLinks;
using testing::PdfPageCount;
using testing::PdfPageSizes;
using testing::PdfText;
using testing::PdfWordHeights;
using testing::QpdfCheck;

MarkdownText Md(std::string text) { return MarkdownText{std::move(text), "content/packages/smertebehandling/package.md", 1, 1}; }

const char* const kBody =
    "Formålet med denne klyngepakke er at kigge på ordinationsmønstret – “egne data” i jeres klinik.\n\n"
    "## Hvorfor er dette vigtigt?\n\n"
    "Sundhedsstyrelsen kortlagde i 2016 forbruget af **opioider** til *smertebehandling*.\n\n"
    "- Opioidbehandling bør aldrig være førstevalget.\n"
    "- Revurdering skal foregå ved personligt fremmøde.\n\n"
    "![Mødets forløb](assets/forloeb.png)\n\n"
    "| Blok | Minutter |\n|---|---:|\n| Introduktion | 5 |\n| Blok 1 | 35 |\n\n"
    "Se også [opfølgningspakken](../opfoelgning/) og [retningslinjen](https://www.sst.dk/da/smerter).\n";

Catalog SampleCatalog() {
  Catalog catalog;
  catalog.site.title = "Klyngepakker";
  catalog.site.organisation = "KiAP – Kvalitet i Almen Praksis";
  catalog.site.base_url = "https://klyngepakker.example.dk/";
  catalog.site.contact = Contact{"klynger@example.dk", "70 00 00 00"};

  Package p;
  p.slug = "smertebehandling";
  p.title = "Smertebehandling";
  p.question = "Kan forbruget af opioider i din klinik blive mindre?";
  p.topic = "Medicin";
  p.provider = "KAP-H’s medicinteam";
  p.price = "Gratis";
  p.duration_minutes = 150;
  p.order_weeks_before = 8;
  p.contact = Contact{"kap-h@regionh.dk", "38 66 52 99"};
  p.links = {{"Ny retningslinje for behandling af langvarige smerter", "https://www.sst.dk/da/retningslinje"}};
  p.indicators = {{"opioid-3m", "Patienter 25+ år med opioid i 3 mdr. eller mere", "pr. 1.000 tilmeldte", 1000, true,
                   Md("Antal patienter på 25 år eller derover pr. 1.000 tilmeldte.")}};
  p.revised = Date{2023, 6, 21};
  p.body = Md(kBody);
  p.assets = {{"assets/forloeb.png", MakeTestPng(480, 140)}};

  Program program;
  ProgramBlock intro;
  intro.title = "Introduktion";
  intro.slides = "1-5";
  intro.items = {{5, Md("Introducér til mødets emne."), "", "", 0}, {10, Md("Vis videoen."), "6", "opioid-3m", 0}};
  ProgramBlock blok1;
  blok1.title = "Blok 1: Simple kroniske smerter";
  blok1.seating = Seating::kMixed;
  blok1.items = {{35, Md("Sæt gang i sidemandssamtalerne."), "", "", 0}};
  ProgramBlock pause;
  pause.title = "Pause";
  pause.is_break = true;
  pause.minutes = 15;
  ProgramBlock blok3;
  blok3.title = "Blok 3: Implementering";
  blok3.seating = Seating::kPractice;
  blok3.items = {{85, Md("Udfyld implementeringsplanen."), "", "", 0}};
  program.blocks = {intro, blok1, pause, blok3};
  p.program = program;

  Drejebog drejebog;
  Task order;
  order.title = "Bestil klyngepakken";
  order.when = Offset{-8, 'w'};
  order.who = "Klyngekoordinator";
  order.text = Md("Kontakt KAP-H’s medicinteam.");
  order.checklist = {"Lokale til alle", "Projektor med lyd", "Flipover"};
  Task follow;
  follow.title = "Bestil en ny opgørelse af klyngens data";
  follow.when = Offset{6, 'm'};
  follow.who = "Klyngekoordinator";
  drejebog.before = {order};
  drejebog.after = {follow};
  p.drejebog = drejebog;

  p.notes.sections = {{"Blok 1: Simple kroniske smerter", "Hvad tager jeg med fra drøftelsen?", 8},
                      {"Blok 3: Implementering", "Hvad vil vi ændre i vores praksis?", 6}};
  p.praksisark = Praksisark{"Praksisark: Smertebehandling", Md("## Husk\n\n- [ ] Gennemgå patientlisten.\n- [x] Aftal receptfornyelser.\n")};
  p.plan.intro = Md("Brug planen til at aftale, **hvad** I vil ændre i klinikken.");
  p.plan.sizes = {PaperSize::kA0, PaperSize::kA4, PaperSize::kA1, PaperSize::kA2, PaperSize::kA3};
  catalog.packages.push_back(p);

  Package follow_up;
  follow_up.slug = "opfoelgning";
  follow_up.title = "Opfølgning på smertestillende medicin";
  follow_up.topic = "Medicin";
  follow_up.provider = "KiAP";
  follow_up.duration_minutes = 90;
  follow_up.follow_up = true;
  follow_up.follows = "smertebehandling";
  catalog.packages.push_back(follow_up);
  return catalog;
}

class PdfDocumentsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  PdfDocumentsTest() : catalog_(SampleCatalog()) {
    Status loaded = LoadTheme(testing::SourceThemeDir(), "da", &theme_);
    EXPECT_TRUE(loaded.ok()) << loaded.message();
  }

  std::string Render(PrintKind kind, PaperSize paper = PaperSize::kA4, pdf::Marks marks = pdf::Marks::kNone) {
    PrintContext ctx(catalog_.site, catalog_.packages[0], theme_, PublishedSlugs(catalog_));
    ctx.marks = marks;
    PrintDocument document;
    document.kind = kind;
    document.paper = paper;
    std::string bytes;
    Status status = RenderPrintDocument(ctx, document, &bytes);
    EXPECT_TRUE(status.ok()) << status.message();
    std::string report;
    EXPECT_TRUE(QpdfCheck(bytes, &report)) << report;
    return bytes;
  }

  static bool Has(const std::string& text, const std::string& needle) {
    return text.find(needle) != std::string::npos;
  }

  Catalog catalog_;
  Theme theme_;
};

TEST_F(PdfDocumentsTest, HandoutHasTheFactsTheBodyAndTheIndicatorsInDanish) {
  std::string pdf = Render(PrintKind::kHandout);
  std::string text = PdfText(pdf);
  for (const char* expected :
       {"Klyngepakke", "Smertebehandling", "Kan forbruget af opioider i din klinik blive mindre?", "Udbyder",
        "KAP-H’s medicinteam", "Varighed", "2 timer og 30 min.", "Bestil senest", "8 uger før mødet",
        "kap-h@regionh.dk", "Tlf. 38 66 52 99", "Sidst revideret", "21. juni 2023",
        "Formålet med denne klyngepakke er at kigge på ordinationsmønstret – “egne data” i jeres klinik.",
        "Hvorfor er dette vigtigt?", "• Opioidbehandling bør aldrig være førstevalget.", "Introduktion",
        "Målepunkter", "Patienter 25+ år med opioid i 3 mdr. eller mere", "En lavere værdi er bedre",
        "Side 1 af"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n---\n" << text;
  EXPECT_EQ(PdfPageSizes(pdf)[0], "595.28 x 841.89");
  std::string info = PdfInfo(pdf);
  EXPECT_TRUE(std::regex_search(info, std::regex("Title:\\s+Smertebehandling\n"))) << info;
  EXPECT_TRUE(std::regex_search(info, std::regex("Author:\\s+KiAP – Kvalitet i Almen Praksis\n"))) << info;
  EXPECT_TRUE(std::regex_search(info, std::regex("Creator:\\s+klynge\n"))) << info;
  EXPECT_FALSE(Has(info, "CreationDate")) << info;
  std::vector<std::string> links = PdfLinks(pdf);
  for (const char* url : {"https://www.sst.dk/da/retningslinje", "mailto:kap-h@regionh.dk",
                          "https://klyngepakker.example.dk/pakker/opfoelgning/index.html",
                          "https://www.sst.dk/da/smerter"})
    EXPECT_NE(std::find(links.begin(), links.end(), url), links.end()) << url;
  EXPECT_TRUE(Has(pdf, "/Subtype /Image"));
  std::string fonts = PdfFonts(pdf);
  EXPECT_FALSE(std::regex_search(fonts, std::regex(R"(Identity-H\s+no)"))) << fonts;
  EXPECT_TRUE(Has(fonts, "OpenSans")) << fonts;
}

TEST_F(PdfDocumentsTest, ProgramRunsTheClockAndTotalsTheBlocks) {
  std::string text = PdfText(Render(PrintKind::kProgram));
  for (const char* expected :
       {"Detaljeret program til mødeleder", "Tid", "Min.", "Indhold", "Slides", "0:00", "0:05", "0:15", "0:50",
        "1:05", "Pause", "Bland deltagerne: sid ikke med kolleger fra egen klinik",
        "Kolleger fra samme klinik sidder sammen", "Vis klyngens data: Patienter 25+ år med opioid i 3 mdr. eller mere",
        "I alt: 2 timer og 30 min.", "2:30", "1-5"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n---\n" << text;
}

TEST_F(PdfDocumentsTest, ALongProgramRepeatsTheTableHeaderOnPageTwo) {
  ProgramBlock& block = catalog_.packages[0].program->blocks[1];
  for (int i = 0; i < 60; ++i)
    block.items.push_back({1, Md("Sidemandssamtale nummer " + std::to_string(i) + " om æøå."), "", "", 0});
  std::string pdf = Render(PrintKind::kProgram);
  ASSERT_GE(PdfPageCount(pdf), 2);
  std::string page2 = PdfText(pdf, 2, 2);
  EXPECT_TRUE(Has(page2, "Indhold")) << page2;
  EXPECT_TRUE(Has(page2, "Slides")) << page2;
  EXPECT_TRUE(Has(page2, "Side 2 af")) << page2;
}

TEST_F(PdfDocumentsTest, DrejebogHasPhasesTimingRolesAndChecklists) {
  std::string text = PdfText(Render(PrintKind::kDrejebog));
  for (const char* expected : {"Drejebog", "Før klyngemødet", "Efter klyngemødet", "8 uger før mødet",
                               "6 måneder efter mødet", "Klyngekoordinator", "Bestil klyngepakken",
                               "Lokale til alle", "Projektor med lyd", "Flipover", "Hvornår", "Opgave", "Ansvarlig"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n---\n" << text;
  EXPECT_FALSE(Has(text, "Under klyngemødet"));  // no tasks during: no empty section
}

TEST_F(PdfDocumentsTest, ADrejebogForAnotherAudienceIsItsOwnDocument) {
  Package& p = catalog_.packages[0];
  p.audience_drejebog = {testing::MunicipalityDrejebog()};
  std::vector<PrintDocument> documents = PrintDocuments(p, theme_);
  auto it = std::find_if(documents.begin(), documents.end(),
                         [](const PrintDocument& d) { return d.name == "drejebog-kommune"; });
  ASSERT_NE(it, documents.end());
  ASSERT_NE(it, documents.begin());
  EXPECT_EQ(std::prev(it)->name, "drejebog") << "listed beside the main drejebog";
  EXPECT_EQ(it->title, "Drejebog til kommunen");
  EXPECT_EQ(it->path, "pakker/smertebehandling/pdf/drejebog-kommune.pdf");
  EXPECT_EQ(it->audience, &p.audience_drejebog[0]);
  PrintContext ctx(catalog_.site, p, theme_, PublishedSlugs(catalog_));
  std::string bytes;
  ASSERT_TRUE(RenderPrintDocument(ctx, *it, &bytes).ok());
  std::string text = PdfText(bytes);
  for (const char* expected : {"Drejebog til kommunen", "Målgruppe: Kommunen", "Før klyngemødet",
                               "Formøde med klyngen", "3 uger før mødet", "Kommunens"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n---\n" << text;
  EXPECT_FALSE(Has(text, "Bestil klyngepakken")) << "the main drejebog's tasks are not in it";
  EXPECT_NE(bytes, Render(PrintKind::kDrejebog));
}

TEST_F(PdfDocumentsTest, NotesSheetHasSectionsAndPrompts) {
  std::string text = PdfText(Render(PrintKind::kNotes));
  for (const char* expected : {"Ark til mødenoter", "Blok 1: Simple kroniske smerter", "Hvad tager jeg med fra drøftelsen?",
                               "Hvad vil vi ændre i vores praksis?"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n---\n" << text;
}

TEST_F(PdfDocumentsTest, PraksisarkPrintsItsBody) {
  std::string text = PdfText(Render(PrintKind::kPraksisark));
  EXPECT_TRUE(Has(text, "Praksisark: Smertebehandling")) << text;
  EXPECT_TRUE(Has(text, "Gennemgå patientlisten.")) << text;
}

TEST_F(PdfDocumentsTest, PlanIsOneLandscapeSheetWhoseTypeGrowsWithThePaper) {
  const std::pair<PaperSize, const char*> sizes[] = {{PaperSize::kA4, "841.89 x 595.28"},
                                                     {PaperSize::kA3, "1190.55 x 841.89"},
                                                     {PaperSize::kA2, "1683.78 x 1190.55"},
                                                     {PaperSize::kA1, "2383.94 x 1683.78"},
                                                     {PaperSize::kA0, "3370.39 x 2383.94"}};
  std::map<PaperSize, double> heading;
  for (const auto& [paper, size] : sizes) {
    std::string pdf = Render(PrintKind::kPlan, paper);
    EXPECT_EQ(PdfPageSizes(pdf), std::vector<std::string>{size}) << PaperName(paper);
    // One space for each run of white space: the wall sizes' narrower columns
    // wrap a heading over two lines.
    std::string text = std::regex_replace(PdfText(pdf), std::regex("\\s+"), " ");
    for (const char* expected : {"Implementeringsplan", "Hvad vil vi ændre?", "Hvem har ansvaret?",
                                 "Hvordan følger vi op?", "Målepunkter", "Klinik:", "Dato:"})
      EXPECT_TRUE(Has(text, expected)) << expected << " on " << PaperName(paper);
    std::vector<double> h = PdfWordHeights(pdf, 1, "ansvaret?");
    ASSERT_EQ(h.size(), 1u) << PaperName(paper);
    heading[paper] = h[0];
  }
  // Column headings: 10.5 pt on A4 (arm's length), 36 pt on A1 (two metres):
  // growing faster than the paper (A1 is 2.83 × as wide), not an A4 page blown up.
  EXPECT_GT(heading[PaperSize::kA1], 3.0 * heading[PaperSize::kA4]);
  EXPECT_GT(heading[PaperSize::kA1], 28.0);
  for (PaperSize a : {PaperSize::kA4, PaperSize::kA3, PaperSize::kA2, PaperSize::kA1})
    EXPECT_LT(heading[a], heading[static_cast<PaperSize>(static_cast<int>(a) + 1)]);
}

// A print shop's file: the A4 page is the TrimBox of a sheet 11 mm larger on
// each side, with a 3 mm BleedBox, and everything on it moved in by 11 mm.
TEST_F(PdfDocumentsTest, PrintMarksPutThePageInsideABleedOnALargerSheet) {
  std::string plain = Render(PrintKind::kPlan), marked = Render(PrintKind::kPlan, PaperSize::kA4, pdf::Marks::kBleedAndCrop);
  auto box = [](const std::string& pdf, const std::string& name) { return testing::PdfFirstPageBox(pdf, name); };
  auto near = [](const std::vector<double>& got, const std::vector<double>& want) {
    if (got.size() != want.size()) return false;
    for (size_t i = 0; i < got.size(); ++i)
      if (std::abs(got[i] - want[i]) > 0.02) return false;
    return true;
  };
  EXPECT_TRUE(near(box(plain, "TrimBox"), {0, 0, 841.89, 595.28})) << PdfInfo(plain);
  EXPECT_TRUE(box(plain, "BleedBox") == box(plain, "MediaBox")) << "no bleed without marks";
  const double slug = 11 * 72 / 25.4, bleed = 3 * 72 / 25.4;
  EXPECT_TRUE(near(box(marked, "MediaBox"), {0, 0, 841.89 + 2 * slug, 595.28 + 2 * slug})) << PdfInfo(marked);
  EXPECT_TRUE(near(box(marked, "TrimBox"), {slug, slug, 841.89 + slug, 595.28 + slug})) << PdfInfo(marked);
  EXPECT_TRUE(near(box(marked, "BleedBox"), {slug - bleed, slug - bleed, 841.89 + slug + bleed, 595.28 + slug + bleed}))
      << PdfInfo(marked);
  std::vector<testing::PdfWord> before = testing::PdfWordBoxes(plain, 1).words,
                                after = testing::PdfWordBoxes(marked, 1).words;
  ASSERT_EQ(before.size(), after.size());
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(before[i].text, after[i].text);
    EXPECT_NEAR(after[i].x_min - before[i].x_min, slug, 0.02) << before[i].text;
  }
  EXPECT_NE(plain, marked);
}

TEST_F(PdfDocumentsTest, EveryPublishedPackageGetsItsDocumentsAndRendersAreIdentical) {
  catalog_.packages.push_back(catalog_.packages[1]);
  catalog_.packages.back().slug = "kladde";
  catalog_.packages.back().draft = true;
  Output one, two;
  PackageDocuments docs_one, docs_two;
  ASSERT_TRUE(RenderPackagePdfs(catalog_, theme_, &one, &docs_one, 1).ok());
  ASSERT_TRUE(RenderPackagePdfs(catalog_, theme_, &two, &docs_two, 2).ok());
  EXPECT_EQ(one.files(), two.files());
  std::vector<std::string> paths;
  for (const auto& [path, bytes] : one.files()) paths.push_back(path);
  std::vector<std::string> expected = {
      "site/pakker/opfoelgning/pdf/implementeringsplan-a3.pdf",
      "site/pakker/opfoelgning/pdf/implementeringsplan-a4.pdf",
      "site/pakker/opfoelgning/pdf/klyngepakke.pdf",
      "site/pakker/opfoelgning/pdf/moedenoter.pdf",
      "site/pakker/smertebehandling/pdf/drejebog.pdf",
      "site/pakker/smertebehandling/pdf/implementeringsplan-a0.pdf",
      "site/pakker/smertebehandling/pdf/implementeringsplan-a1.pdf",
      "site/pakker/smertebehandling/pdf/implementeringsplan-a2.pdf",
      "site/pakker/smertebehandling/pdf/implementeringsplan-a3.pdf",
      "site/pakker/smertebehandling/pdf/implementeringsplan-a4.pdf",
      "site/pakker/smertebehandling/pdf/klyngepakke.pdf",
      "site/pakker/smertebehandling/pdf/moedenoter.pdf",
      "site/pakker/smertebehandling/pdf/praksisark.pdf",
      "site/pakker/smertebehandling/pdf/program.pdf"};
  EXPECT_EQ(paths, expected);
  const std::vector<PublishedDocument>& listed = docs_one["smertebehandling"];
  ASSERT_EQ(listed.size(), 10u);
  EXPECT_EQ(listed[0].title, "Klyngepakke");
  EXPECT_EQ(listed[0].path, "pakker/smertebehandling/pdf/klyngepakke.pdf");
  EXPECT_EQ(listed[0].bytes, one.Get("site/" + listed[0].path)->size());
  EXPECT_EQ(listed[1].title, "Detaljeret program til mødeleder");
  EXPECT_EQ(listed[5].title, "Implementeringsplan A4");
  EXPECT_EQ(listed[9].title, "Implementeringsplan A0");
  EXPECT_EQ(docs_one.count("kladde"), 0u);
}

TEST_F(PdfDocumentsTest, AWordLongerThanALineOrACellIsBrokenNotHung) {
  std::string word;
  for (int i = 0; i < 400; ++i) word += "ø1";
  catalog_.packages[0].body = Md("Før " + word + " efter.\n\n| Kort | " + word + " |\n|---|---|\n| a | b |\n");
  std::string text = PdfText(Render(PrintKind::kHandout));
  std::string joined;
  for (char c : text)
    if (c != '\n') joined += c;
  EXPECT_NE(joined.find(word), std::string::npos);
  EXPECT_NE(joined.find("efter."), std::string::npos);
}

TEST_F(PdfDocumentsTest, ACorruptImageFallsBackToItsDescription) {
  catalog_.packages[0].assets[0].bytes = MakeTestPng(64, 64).substr(0, 90);
  std::string text = PdfText(Render(PrintKind::kHandout));
  EXPECT_TRUE(Has(text, "Mødets forløb")) << text;
}

TEST_F(PdfDocumentsTest, AMissingFontFailsTheDocumentWithItsName) {
  theme_.print.font_bold = FontLoader(RealFileSystem()).Load("/nonexistent/Bold.ttf");
  Output out;
  PackageDocuments docs;
  Status status = RenderPackagePdfs(catalog_, theme_, &out, &docs);
  ASSERT_FALSE(status.ok());
  EXPECT_TRUE(Has(status.message(), ".pdf: ")) << status.message();
  EXPECT_TRUE(Has(status.message(), "loading the fonts")) << status.message();
}

TEST_F(PdfDocumentsTest, EnglishSitesGetEnglishLabels) {
  catalog_.site.language = "en";
  ASSERT_TRUE(LoadTheme(testing::SourceThemeDir(), "en", &theme_).ok());
  std::string text = PdfText(Render(PrintKind::kHandout));
  EXPECT_TRUE(Has(text, "Page 1 of")) << text;
  EXPECT_TRUE(Has(text, "2 hours 30 min.")) << text;
}

TEST(PrintThemeTest, BothLanguagesHaveEveryStringThePdfsUse) {
  for (const char* language : {"da", "en"}) {
    Theme theme;
    ASSERT_TRUE(LoadTheme(testing::SourceThemeDir(), language, &theme).ok());
    for (const std::string& key : PrintUiKeys())
      EXPECT_NE(PrintUi(theme, key), key) << language << " lacks " << key;
  }
}

class PrintThemeFileTest : public ::testing::Test {
 protected:
  PrintThemeFileTest() {
    char pattern[] = "/tmp/klynge-print-XXXXXX";
    dir_ = mkdtemp(pattern);
  }
  ~PrintThemeFileTest() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::string dir_;
};

TEST_F(PrintThemeFileTest, ReadsColoursFontsAndStrings) {
  std::filesystem::copy_file("/usr/share/fonts/truetype/open-sans/OpenSans-Light.ttf", dir_ + "/Light.ttf");
  std::string path = Write("print.yaml",
                           "fonts:\n  regular: Light.ttf\ncolors:\n  accent: \"#102030\"\n"
                           "strings:\n  da: {print_page_of: \"Side {page}/{pages}\"}\n  en: {print_page_of: x}\n");
  PrintTheme theme;
  Status status = LoadPrintTheme(path, "da", &theme);
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(theme.font_regular.path, dir_ + "/Light.ttf");
  ASSERT_TRUE(theme.font_regular.metrics) << theme.font_regular.problem;
  EXPECT_EQ(theme.accent, (RgbColor{0x10, 0x20, 0x30}));
  EXPECT_EQ(theme.strings["print_page_of"], "Side {page}/{pages}");
  EXPECT_EQ(theme.font_bold.path, PrintTheme().font_bold.path);
  EXPECT_TRUE(theme.font_bold.metrics) << "the faces print.yaml leaves out are loaded too";
}

TEST_F(PrintThemeFileTest, ReportsBadValuesAtTheirLine) {
  Write("not-a-font.ttf", "hello");
  std::string path = Write("print.yaml", "fonts:\n  regular: not-a-font.ttf\ncolors:\n  acent: \"#102030\"\n  rule: blue\n");
  PrintTheme theme;
  Status status = LoadPrintTheme(path, "da", &theme);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("print.yaml:2:12: error: "), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("is not a TrueType font file"), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("print.yaml:4:3: error: unknown key `acent` in `colors` (did you mean `accent`?)"),
            std::string::npos)
      << status.message();
  EXPECT_NE(status.message().find("print.yaml:5:9: error: colour `rule` must be written #rrggbb"), std::string::npos)
      << status.message();
}

TEST_F(PrintThemeFileTest, AMissingFileKeepsTheDefaults) {
  PrintTheme theme;
  EXPECT_TRUE(LoadPrintTheme(dir_ + "/print.yaml", "da", &theme).ok());
  EXPECT_EQ(theme.accent, PrintTheme().accent);
}

}  // namespace
}  // namespace klynge
