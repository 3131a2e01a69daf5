// A cluster's private pack as the coordinator and the clinics get it: every
// PDF read back with pdftotext. Disclosure control holds in every document,
// letters agree between the handout and the sealed sheets, a sheet names its
// own clinic only, and the program and drejebog carry real times and dates.

#include "render/cluster/cluster_edition.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "load/theme_loader.h"
#include "pipeline/build_units.h"
#include "render/format.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/print_context.h"
#include "support/pdf_tools.h"
#include "support/run_klynge.h"
#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge {
namespace {

using testing::PdfInfo;
using testing::PdfText;
using testing::QpdfCheck;
using testing::RunShell;
using testing::TempSite;

const char* const kSite =
    "title: Klyngepakker\n"
    "organisation: KiAP\n"
    "base_url: https://klyngepakker.example.dk/\n"
    "source_note: \"Kilde: Lægemiddelstatistikregisteret\"\n";

// Rates per 100.000, so that a suppressed clinic's would-be rate is a
// distinctive number (4 / 1.237 → 323,4; 2 / 1.241 → 161,2).
const char* const kPackage =
    "---\n"
    "title: Smertebehandling\n"
    "topic: Medicin\n"
    "provider: KAP-H\n"
    "duration: 60\n"
    "order_weeks_before: 8\n"
    "indicators:\n"
    "  - id: opioid-3m\n"
    "    title: Patienter med opioid i 3 mdr. eller mere\n"
    "    unit: pr. 100.000 tilmeldte\n"
    "    per: 100000\n"
    "    better: lower\n"
    "    description: Patienter på 25 år eller derover med opioid i mindst 3 måneder.\n"
    "  - id: morfin-andel\n"
    "    title: Andel morfin\n"
    "    unit: \"%\"\n"
    "    per: 100\n"
    "    better: higher\n"
    "---\n"
    "Brødtekst.\n";

const char* const kProgram =
    "blocks:\n"
    "  - title: Introduktion\n"
    "    items:\n"
    "      - minutes: 5\n"
    "        text: Velkomst.\n"
    "      - minutes: 10\n"
    "        indicator: opioid-3m\n"
    "        text: Gennemgå klyngens data.\n"
    "  - title: Pause\n"
    "    break: true\n"
    "    minutes: 15\n"
    "  - title: Implementering\n"
    "    items:\n"
    "      - minutes: 30\n"
    "        text: Udfyld planen.\n";

const char* const kDrejebog =
    "before:\n"
    "  - title: Bestil klyngepakken\n"
    "    when: -8w\n"
    "  - title: Send invitationen\n"
    "    when: -2w\n"
    "after:\n"
    "  - title: Bestil en ny opgørelse\n"
    "    when: +6m\n";

struct TestClinic {
  const char* id;
  const char* name;
};
const TestClinic kClinics[] = {{"731001", "Lægerne Kvistgaard"},
                               {"731002", "Klinik Bølgebakken"},
                               {"731003", "Lægehuset Ørnereden"},
                               {"731004", "Praksis Solsikkevej"},
                               {"731005", "Doktorhuset Tjørnely"}};

std::string ClusterYaml(const std::string& mode) {
  std::string yaml =
      "name: Testklynge Vest\n"
      "region: Nordjylland\n"
      "coordinator: Tine Testesen\n"
      "package: smertebehandling\n"
      "meeting:\n"
      "  date: 2026-03-12\n"
      "  start: \"16:00\"\n"
      "  place: Mødelokalet Fjordvej\n"
      "data_mode: " +
      mode +
      "\n"
      "practices:\n";
  for (const TestClinic& c : kClinics)
    yaml += "  - id: \"" + std::string(c.id) + "\"\n    name: " + c.name + "\n";
  yaml +=
      "data: [data.csv]\n"
      "comparators:\n"
      "  - indicator: opioid-3m\n"
      "    period: \"2025\"\n"
      "    label: Region Nordjylland\n"
      "    value: 3012.5\n";
  return yaml;
}

// 731002 is suppressed in every period: 4, 2 and 3 patients.
const char* const kCsv =
    "practice,indicator,period,numerator,denominator\n"
    "731001,opioid-3m,2024,97,2311\n"
    "731002,opioid-3m,2024,4,1237\n"
    "731003,opioid-3m,2024,58,1789\n"
    "731004,opioid-3m,2024,71,2654\n"
    "731005,opioid-3m,2024,66,1999\n"
    "731001,opioid-3m,2025,89,2333\n"
    "731002,opioid-3m,2025,2,1241\n"
    "731003,opioid-3m,2025,61,1802\n"
    "731004,opioid-3m,2025,69,2660\n"
    "731005,opioid-3m,2025,0,2011\n"
    "731001,morfin-andel,2025,37,113\n"
    "731002,morfin-andel,2025,3,17\n"
    "731003,morfin-andel,2025,22,61\n"
    "731004,morfin-andel,2025,25,93\n";

// pdftotext -layout keeps a table row on one line.
std::string LayoutText(const std::string& pdf) {
  std::string path =
      (std::filesystem::temp_directory_path() / "klynge-edition-layout.pdf").string();
  std::ofstream(path, std::ios::binary) << pdf;
  std::string out;
  RunShell("pdftotext -layout -enc UTF-8 '" + path + "' - 2>/dev/null", &out);
  std::filesystem::remove(path);
  return out;
}

std::vector<std::string> Tokens(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string t; in >> t;) out.push_back(t);
  return out;
}

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

// pdftotext's text with every run of white space one space: a phrase may wrap in a table cell.
std::string Text(const std::string& pdf) {
  std::string folded;
  for (char c : PdfText(pdf)) {
    bool space = c == ' ' || c == '\n' || c == '\f' || c == '\t' || c == '\r';
    if (space && !folded.empty() && folded.back() == ' ') continue;
    folded += space ? ' ' : c;
  }
  return folded;
}

class ClusterEditionTest : public ::testing::Test {
 protected:
  // What the pipeline hands `cluster`'s pack, without a build clock.
  ClusterPackInput PackInput(const ClusterEdition& cluster) const {
    return ClusterPackInput{cluster, *catalog_.FindPackage(cluster.package), catalog_.site, theme_,
                            PublishedSlugs(catalog_), {}};
  }
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    Status loaded = LoadTheme(testing::SourceThemeDir(), "da", &theme_);
    ASSERT_TRUE(loaded.ok()) << loaded.message();
  }

  // Writes the site with the cluster in `mode`, validates it and renders the pack.
  Output Build(const std::string& mode = "closed", const std::string& csv = kCsv,
               bool start = true) {
    site_.Write("site.yaml", kSite);
    site_.Write("packages/smertebehandling/package.md", kPackage);
    site_.Write("packages/smertebehandling/program.yaml", kProgram);
    site_.Write("packages/smertebehandling/drejebog.yaml", kDrejebog);
    std::string yaml = ClusterYaml(mode);
    if (!start) yaml.replace(yaml.find("  start: \"16:00\"\n"), 17, "");
    site_.Write("clusters/vest/cluster.yaml", yaml);
    site_.Write("clusters/vest/data.csv", csv);
    Diagnostics diags;
    catalog_ = site_.Check(&diags);
    EXPECT_FALSE(diags.HasErrors()) << testing::Describe(diags);
    Output out;
    EXPECT_EQ(catalog_.clusters.size(), 1u);
    if (catalog_.clusters.empty()) return out;
    Status status = RenderClusterPack(PackInput(catalog_.clusters[0]), &out);
    EXPECT_TRUE(status.ok()) << status.message();
    return out;
  }

  static std::vector<std::string> Pdfs(const Output& out) {
    std::vector<std::string> paths;
    for (const auto& [path, bytes] : out.files())
      if (path.ends_with(".pdf")) paths.push_back(path);
    return paths;
  }

  static const std::string& File(const Output& out, const std::string& rel) {
    static const std::string empty;
    const std::string* bytes = out.Get("clusters/vest/" + rel);
    EXPECT_NE(bytes, nullptr) << "no clusters/vest/" << rel;
    return bytes ? *bytes : empty;
  }

  // The letter the clinic's sealed sheet gives it.
  static std::string LetterOnSheet(const Output& out, const std::string& id) {
    std::string text = Text(File(out, "klinikker/" + id + "/klinikark.pdf"));
    std::smatch m;
    if (!std::regex_search(text, m, std::regex("Jeres bogstav i klyngens uddelingskopi: ([A-Z]+)")))
      return "";
    return m[1];
  }

  TempSite site_;
  Catalog catalog_;
  Theme theme_;
};

TEST_F(ClusterEditionTest, ThePackHasEveryDocumentAndEveryEnvelope) {
  Output out = Build();
  std::vector<std::string> expected = {"clusters/vest/drejebog.ics", "clusters/vest/drejebog.pdf",
                                       "clusters/vest/implementeringsplan-a3.pdf",
                                       "clusters/vest/implementeringsplan-a4.pdf",
                                       "clusters/vest/index.html"};
  for (const TestClinic& c : kClinics)
    for (const char* name :
         {"implementeringsplan-a3.pdf", "implementeringsplan-a4.pdf", "klinikark.pdf"})
      expected.push_back("clusters/vest/klinikker/" + std::string(c.id) + "/" + name);
  for (const char* name : {"moedenoter.pdf", "program.pdf", "uddelingskopi.pdf", "invitation.eml",
                           "invitation.pdf", "klyngepakke.pdf", "tryk.pdf", "praesentation.pptx",
                           "praesentation.pdf"})
    expected.push_back("clusters/vest/" + std::string(name));
  std::sort(expected.begin(), expected.end());
  std::vector<std::string> paths;
  for (const auto& [path, bytes] : out.files()) paths.push_back(path);
  EXPECT_EQ(paths, expected);
  for (const std::string& path : Pdfs(out)) {
    std::string report;
    EXPECT_TRUE(QpdfCheck(*out.Get(path), &report)) << path << "\n" << report;
    std::string text = Text(*out.Get(path));
    // Every PDF carries the cluster's name, region, meeting date and place.
    EXPECT_TRUE(Has(text, "Testklynge Vest")) << path << "\n" << text;
    EXPECT_TRUE(Has(text, "12. marts 2026")) << path << "\n" << text;
    for (const char* expected_text : {"Nordjylland", "Mødelokalet Fjordvej", "kl. 16:00"})
      EXPECT_TRUE(Has(text, expected_text)) << path << " lacks " << expected_text << "\n" << text;
  }
  std::string index = File(out, "index.html");
  EXPECT_TRUE(Has(index, "<a href=\"uddelingskopi.pdf\">Uddelingskopi</a>")) << index;
  // The invitation is what the coordinator sends first: it is listed first.
  size_t mail = index.find("<li><a href=\"invitation.eml\">");
  size_t letter = index.find("<li><a href=\"invitation.pdf\">");
  ASSERT_NE(mail, std::string::npos) << index;
  ASSERT_NE(letter, std::string::npos) << index;
  EXPECT_LT(mail, letter);
  // The print shop's bundle comes before both, in its own list.
  EXPECT_EQ(index.find("<li>"), index.find("<li><a href=\"tryk.pdf\">")) << index;
  EXPECT_EQ(index.find("<li>", index.find("<li><a href=\"tryk.pdf\">") + 1), mail) << index;
  EXPECT_LT(letter, index.find("<li><a href=\"uddelingskopi.pdf\">"));
  EXPECT_TRUE(Has(index, "<a href=\"klinikker/731003/klinikark.pdf\">")) << index;
  EXPECT_TRUE(Has(index, "Lægehuset Ørnereden")) << index;
  EXPECT_TRUE(Has(index, "noindex")) << index;
  EXPECT_FALSE(Has(index, "klyngepakker.example.dk")) << index;
}

TEST_F(ClusterEditionTest, ASmallNumeratorIsInNoDocument) {
  Output out = Build();
  std::string suppressed_letter = LetterOnSheet(out, "731002");
  ASSERT_FALSE(suppressed_letter.empty());
  int rows_seen = 0;
  for (const std::string& path : Pdfs(out)) {
    std::string text = Text(*out.Get(path));
    // The would-be rates of 4/1.237, 2/1.241 and 3/17, at any rounding.
    for (const char* rate :
         {"323,4", "323,3", "323,36", "161,2", "161,16", "17,6", "17,65", "323", "161"})
      EXPECT_FALSE(Has(text, rate)) << path << " shows the suppressed rate " << rate << "\n"
                                    << text;
    // tryk.pdf is every envelope's contents for the print shop, the clinic's own among them.
    bool own_sheet = path.find("/731002/") != std::string::npos || path.ends_with("/tryk.pdf");
    if (!own_sheet) {
      // Its denominators are hidden too: with the cluster rate they would give the count away.
      for (const char* denominator : {"1.237", "1.241"})
        EXPECT_FALSE(Has(text, denominator)) << path << " shows " << denominator;
    }
    // No line about the clinic (its letter first, as in tables and charts) has a count from 1 to 4.
    std::istringstream lines(LayoutText(*out.Get(path)));
    for (std::string line; std::getline(lines, line);) {
      std::vector<std::string> tokens = Tokens(line);
      if (tokens.empty() || tokens[0] != suppressed_letter) continue;
      ++rows_seen;
      for (const std::string& t : tokens)
        EXPECT_FALSE(t == "1" || t == "2" || t == "3" || t == "4") << path << ": " << line;
      EXPECT_TRUE(Has(line, "<5") || tokens.size() == 1 || Has(line, "(jer)"))
          << path << ": " << line;
    }
  }
  EXPECT_GT(rows_seen, 3) << "the check above never found the clinic's rows";
  std::string handout = Text(File(out, "uddelingskopi.pdf"));
  EXPECT_TRUE(Has(handout, "<5")) << handout;
  EXPECT_TRUE(Has(handout, "færre end 5 patienter")) << handout;
}

TEST_F(ClusterEditionTest, LettersAgreeBetweenTheHandoutAndTheSheets) {
  Output out = Build();
  std::string handout = LayoutText(File(out, "uddelingskopi.pdf"));
  // 2025 counts and denominators that identify each shown clinic's table row.
  const std::map<std::string, std::pair<std::string, std::string>> row = {
      {"731001", {"89", "2.333"}},
      {"731003", {"61", "1.802"}},
      {"731004", {"69", "2.660"}},
      {"731005", {"0", "2.011"}}};
  std::set<std::string> letters;
  for (const TestClinic& c : kClinics) {
    std::string letter = LetterOnSheet(out, c.id);
    ASSERT_FALSE(letter.empty()) << c.id;
    letters.insert(letter);
    auto it = row.find(c.id);
    if (it == row.end()) continue;
    std::regex re("(^|\\n)\\s*" + letter + "\\s+" + it->second.first + "\\s+" +
                  std::regex_replace(it->second.second, std::regex("\\."), "\\.") + "\\s");
    EXPECT_TRUE(std::regex_search(handout, re))
        << c.id << " is " << letter << " on its sheet, but the handout's row " << letter
        << " is not " << it->second.first << " / " << it->second.second << "\n"
        << handout;
  }
  EXPECT_EQ(letters, (std::set<std::string>{"A", "B", "C", "D", "E"}));
  // The same letters, byte for byte, in a second build.
  Output again = Build();
  EXPECT_EQ(out.files(), again.files());
}

TEST_F(ClusterEditionTest, AClinicSheetNamesItsOwnClinicAndNoOther) {
  for (const char* mode : {"closed", "open"}) {
    Output out = Build(mode);
    for (const TestClinic& own : kClinics) {
      std::string folder = "klinikker/" + std::string(own.id) + "/";
      for (const char* name :
           {"klinikark.pdf", "implementeringsplan-a4.pdf", "implementeringsplan-a3.pdf"}) {
        const std::string& pdf = File(out, folder + name);
        std::string text = Text(pdf) + PdfInfo(pdf);
        EXPECT_TRUE(Has(text, own.name)) << mode << " " << folder << name;
        for (const TestClinic& other : kClinics) {
          if (&other == &own) continue;
          EXPECT_FALSE(Has(text, other.name))
              << mode << " " << folder << name << " names " << other.name;
          EXPECT_FALSE(Has(text, other.id))
              << mode << " " << folder << name << " names " << other.id;
        }
      }
    }
    // The shared documents name no clinic when the cluster is closed, and all when open.
    std::string handout = Text(File(out, "uddelingskopi.pdf"));
    for (const TestClinic& c : kClinics)
      EXPECT_EQ(Has(handout, c.name), std::string(mode) == "open") << mode << " " << c.name;
  }
}

TEST_F(ClusterEditionTest, ASheetShowsItsOwnValuesRankAndLetter) {
  Output out = Build();
  std::string text = Text(File(out, "klinikker/731001/klinikark.pdf"));
  // 89 / 2.333 per 100.000 = 3.814,8; lower is better, so 731005's 0 ranks first.
  for (const char* expected :
       {"Lægerne Kvistgaard", "Fortroligt", "Jeres bogstav", "3.814,8", "2.333", "4 af 4",
        "Kilde: Lægemiddelstatistikregisteret", "(jer)", "Region Nordjylland"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n" << text;
}

TEST_F(ClusterEditionTest, TheProgramHasRealClockTimesAndTheClustersFigure) {
  Output out = Build();
  std::string text = Text(File(out, "program.pdf"));
  // 221 / 10.047 per 100.000 in 2025; 296 / 9.990 in 2024.
  std::string cluster_2025 = FormatDecimal(221.0 * 100000 / 10047, 1, Language::kDanish);
  std::string cluster_2024 = FormatDecimal(296.0 * 100000 / 9990, 1, Language::kDanish);
  for (const std::string& expected :
       {std::string("16:00"), std::string("16:05"), std::string("16:15"), std::string("16:30"),
        std::string("17:00"),
        "Klyngen 2025: " + cluster_2025 + " pr. 100.000 tilmeldte (2024: " + cluster_2024 + ")",
        std::string("Region Nordjylland: 3.012,5")})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n" << text;
  EXPECT_FALSE(Has(" " + text, " 0:15 ")) << text;  // no running clock in a cluster's program
}

TEST_F(ClusterEditionTest, TheDrejebogHasRealDatesAndACalendar) {
  Output out = Build();
  std::string text = Text(File(out, "drejebog.pdf"));
  for (const char* expected :
       {"Bestil klyngepakken senest: 15. januar 2026", "15. januar 2026", "8 uger før mødet",
        "26. februar 2026", "12. september 2026", "6 måneder efter mødet"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n" << text;
  std::string ics = File(out, "drejebog.ics");
  EXPECT_TRUE(Has(ics, "DTSTART;VALUE=DATE:20260912")) << ics;
  EXPECT_TRUE(Has(ics, "DTSTART;TZID=Europe/Copenhagen:20260312T160000")) << ics;
}

TEST_F(ClusterEditionTest, ADrejebogForAnotherAudienceGetsItsOwnDatesAndCalendar) {
  site_.Write("packages/smertebehandling/drejebog-kommune.yaml",
              "title: Drejebog til kommunen\n"
              "audience: Kommunen\n"
              "before:\n"
              "  - title: Formøde med klyngen\n"
              "    when: -3w\n"
              "during:\n"
              "  - title: Oplæg i blok 2\n"
              "after:\n"
              "  - title: Opfølgende møde\n"
              "    when: +2m\n");
  Output out = Build();
  std::string text = Text(File(out, "drejebog-kommune.pdf"));
  for (const char* expected : {"Drejebog til kommunen", "Målgruppe: Kommunen", "Testklynge Vest",
                               "Formøde med klyngen", "19. februar 2026", "3 uger før mødet",
                               "12. maj 2026", "2 måneder efter mødet"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n" << text;
  EXPECT_FALSE(Has(text, "Bestil klyngepakken")) << "ordering is the coordinator's, not the municipality's";
  std::string ics = File(out, "drejebog-kommune.ics");
  for (const char* expected :
       {"X-WR-CALNAME:Testklynge Vest: Drejebog til kommunen (Smertebehandling)",
        "UID:kommune-before-1@vest.klynge\r\nDTSTAMP:20260312T000000Z\r\nDTSTART;VALUE=DATE:20260219",
        "UID:kommune-during-1@vest.klynge\r\nDTSTAMP:20260312T000000Z\r\nDTSTART;VALUE=DATE:20260312",
        "UID:kommune-after-1@vest.klynge\r\nDTSTAMP:20260312T000000Z\r\nDTSTART;VALUE=DATE:20260512",
        "UID:meeting@vest.klynge"})
    EXPECT_TRUE(Has(ics, expected)) << expected << "\n" << ics;
  EXPECT_FALSE(Has(ics, "order-deadline")) << ics;
  EXPECT_FALSE(Has(File(out, "drejebog.ics"), "Formøde med klyngen"));
  std::string index = File(out, "index.html");
  EXPECT_TRUE(Has(index, "<a href=\"drejebog-kommune.pdf\">Drejebog til kommunen</a>")) << index;
  EXPECT_TRUE(Has(index, "<a href=\"drejebog-kommune.ics\">Drejebog til kommunen: datoerne som kalender")) << index;
}

TEST_F(ClusterEditionTest, AMeetingThatPutsAnAudienceTaskBeyondTheCalendarIsBlamed) {
  site_.Write("site.yaml", kSite);
  site_.Write("packages/smertebehandling/package.md", kPackage);
  site_.Write("packages/smertebehandling/drejebog-kommune.yaml",
              "title: Drejebog til kommunen\naudience: Kommunen\nafter:\n  - title: Følg op\n    when: +2m\n");
  std::string yaml = ClusterYaml("closed");
  yaml.replace(yaml.find("2026-03-12"), 10, "9999-11-15");
  site_.Write("clusters/vest/cluster.yaml", yaml);
  site_.Write("clusters/vest/data.csv", kCsv);
  Diagnostics diags;
  site_.Check(&diags);
  std::string path = site_.content() + "/clusters/vest/cluster.yaml";
  const Diagnostic* d = testing::FindDiagnostic(diags, "puts the drejebog task");
  ASSERT_NE(d, nullptr) << testing::Describe(diags);
  EXPECT_EQ(d->where.path, path);
  EXPECT_EQ(d->where.line, 6);
  EXPECT_EQ(d->where.column, 9);
  EXPECT_EQ(d->message, "meeting date 9999-11-15 puts the drejebog task \"Følg op\" (when: +2m, " +
                            site_.content() + "/packages/smertebehandling/drejebog-kommune.yaml:4) on "
                            "10000-01-15, after 9999-12-31, the last date a calendar can hold");
}

TEST_F(ClusterEditionTest, CountsAtTheLimitPrintTheRightRates) {
  std::string csv = "practice,indicator,period,numerator,denominator\n";
  for (const TestClinic& c : kClinics)
    csv += std::string(c.id) + ",opioid-3m,2025,1000000000,1000000000\n";
  Output out = Build("closed", csv);
  // 10^9 / 10^9 per 100.000, for each clinic and for the cluster.
  std::string sheet = Text(File(out, "klinikker/731001/klinikark.pdf"));
  EXPECT_TRUE(Has(sheet, "100.000,0")) << sheet;
  EXPECT_TRUE(Has(sheet, "1.000.000.000")) << sheet;
  std::string program = Text(File(out, "program.pdf"));
  EXPECT_TRUE(Has(program, "Klyngen 2025: 100.000,0 pr. 100.000 tilmeldte")) << program;
  std::string handout = LayoutText(File(out, "uddelingskopi.pdf"));
  EXPECT_TRUE(Has(handout, "100.000,0")) << handout;
}

TEST_F(ClusterEditionTest, TheHandoutHasChartsTablesAndCaptionsPerIndicator) {
  Output out = Build();
  std::string text = Text(File(out, "uddelingskopi.pdf"));
  for (const char* expected :
       {"Uddelingskopi", "Patienter med opioid i 3 mdr. eller mere", "Andel morfin", "Periode 2025",
        "Periode 2024", "Udvikling 2024–2025", "Klyngen", "Region Nordjylland: 3.012,5",
        "Patienter på 25 år eller derover med opioid i mindst 3 måneder.",
        "Enhed: pr. 100.000 tilmeldte", "Kilde: Lægemiddelstatistikregisteret", "ingen data",
        "Tæller", "Nævner", "Placering", "Ændring"})
    EXPECT_TRUE(Has(text, expected)) << expected << "\n" << text;
  // 731001 went from 4.197,3 to 3.814,8: lower is better.
  EXPECT_TRUE(Has(text, "−382,5 (bedre)")) << text;
}

TEST_F(ClusterEditionTest, WithoutDataOrStartTimeThePackSaysSo) {
  Output out = Build("closed", /*csv=*/"practice,indicator,period,numerator,denominator\n",
                     /*start=*/false);
  std::string handout = Text(File(out, "uddelingskopi.pdf"));
  EXPECT_TRUE(Has(handout, "Klyngen har ingen data for pakkens målepunkter.")) << handout;
  std::string program = Text(File(out, "program.pdf"));
  // No start time: the running clock from 0:00, and no clock time in the title.
  EXPECT_TRUE(Has(program, " 0:15 ")) << program;
  EXPECT_FALSE(Has(program, "16:00")) << program;
  EXPECT_FALSE(Has(program, " kl. ")) << program;
  EXPECT_TRUE(Has(Text(File(out, "klinikker/731003/klinikark.pdf")), "Lægehuset Ørnereden"));
}

TEST_F(ClusterEditionTest, EveryClusterOfTheCatalogGetsItsPack) {
  Build();
  Output out;
  ASSERT_TRUE(RenderParts(catalog_, theme_, {}, {BuildPart::kClusters}, 2, &out).ok());
  EXPECT_TRUE(out.Has("clusters/vest/uddelingskopi.pdf"));
  for (const auto& [path, bytes] : out.files())
    EXPECT_TRUE(path.starts_with("clusters/vest/")) << path;
}

TEST_F(ClusterEditionTest, TheIndexIsTheThemesTemplate) {
  theme_.templates[kClusterIndexTemplate] =
      "<h1>{{cluster_name}}</h1>{{#shared}}<a href=\"{{url}}\">{{title}} ({{size}})</a>{{/shared}}"
      "{{#clinics}}<p>{{id}}:{{#files}} {{url}}{{/files}}</p>{{/clinics}}";
  std::string index = File(Build(), "index.html");
  // The invitation comes first: it is what the coordinator sends before anything else.
  EXPECT_TRUE(index.starts_with("<h1>Testklynge Vest</h1><a href=\"invitation.eml\">Invitationen til deltagerne: e-mail"))
      << index;
  EXPECT_TRUE(Has(index, "</a><a href=\"uddelingskopi.pdf\">Uddelingskopi (")) << index;
  EXPECT_TRUE(Has(index, "<p>731003: klinikker/731003/klinikark.pdf klinikker/731003/implementeringsplan-a4.pdf"))
      << index;
  EXPECT_FALSE(Has(index, "noindex")) << "not the theme's page:\n" << index;
}

TEST_F(ClusterEditionTest, AThemeWithoutTheIndexTemplateFailsThePack) {
  Build();
  theme_.templates.erase(kClusterIndexTemplate);
  Output out;
  Status status = RenderClusterPack(PackInput(catalog_.clusters[0]), &out);
  ASSERT_FALSE(status.ok());
  EXPECT_TRUE(Has(status.message(), "clusters/vest/index.html: " + testing::SourceDir() +
                                    "/themes/default/templates/cluster_index.mustache: the theme lacks this template"))
      << status.message();
  EXPECT_TRUE(out.files().empty());
}

TEST_F(ClusterEditionTest, TheIndexEscapesTextAsThePageAlwaysHas) {
  ASSERT_TRUE(LoadTheme(testing::SourceThemeDir(), "en", &theme_).ok());
  std::string index = File(Build(), "index.html");
  EXPECT_TRUE(Has(index, "<p class=\"meta\">The cluster&#39;s meeting pack · ")) << index;
  EXPECT_FALSE(Has(index, "&apos;")) << index;
}

TEST(EditionStringsTest, BothLanguagesHaveEveryStringTheClusterDocumentsUse) {
  for (const char* language : {"da", "en"}) {
    Theme theme;
    ASSERT_TRUE(LoadTheme(testing::SourceThemeDir(), language, &theme).ok());
    for (const std::string& key : EditionUiKeys())
      EXPECT_NE(PrintUi(theme, key), key) << language << " lacks " << key;
  }
}

// The sample content's cluster gets its pack beside the site, and nothing of it is in the site.
TEST(SampleClusterPackTest, TheSampleBuildWritesThePackOutsideTheSite) {
  std::string dir = (std::filesystem::temp_directory_path() / "klynge-edition-sample").string();
  std::filesystem::remove_all(dir);
  testing::RunResult result = testing::BuildSample(dir);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::string pack = dir + "/clusters/eksempel-klynge-nord/";
  for (const char* name :
       {"index.html", "uddelingskopi.pdf", "program.pdf", "drejebog.pdf", "drejebog.ics",
        "moedenoter.pdf", "implementeringsplan-a4.pdf", "klinikker/900001/klinikark.pdf",
        "klinikker/900007/implementeringsplan-a4.pdf"})
    EXPECT_TRUE(std::filesystem::is_regular_file(pack + name)) << name;
  std::string handout = testing::ReadFile(pack + "uddelingskopi.pdf");
  EXPECT_TRUE(Has(Text(handout), "Eksempelklynge Nord (fiktiv)"));
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir + "/site")) {
    std::string name = entry.path().filename().string();
    EXPECT_NE(name, "uddelingskopi.pdf") << entry.path();
    EXPECT_NE(name, "klinikark.pdf") << entry.path();
    EXPECT_NE(name, "eksempel-klynge-nord") << entry.path();
    if (!entry.is_regular_file()) continue;
    std::string bytes = testing::ReadFile(entry.path().string());
    EXPECT_FALSE(Has(bytes, "clusters/")) << entry.path();
    EXPECT_FALSE(Has(bytes, "eksempel-klynge-nord")) << entry.path();
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace klynge
