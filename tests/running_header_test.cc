// Running headers and footers never overprint: a long organisation, package
// title or cluster name is shortened with "…" so that no two words on the
// header or footer line overlap and every word stays within the margins and
// on the page (the deck's footer no longer wraps below the slide), and
// the page number is always whole. Checked on the words pdftotext boxes.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <ostream>
#include <regex>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "load/theme_loader.h"
#include "pipeline/build_units.h"
#include "render/cluster/cluster_edition.h"
#include "support/cluster_site.h"
#include "support/pdf_tools.h"
#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge {
namespace {

using testing::PdfPageCount;
using testing::PdfPageWords;
using testing::PdfWord;
using testing::PdfWordBoxes;
using testing::Replace;
using testing::TempSite;

const char* const kLongOrganisation = "Kvalitetsenheden for Almen Praksis, Region Test";
// The seed package's title, which overprinted "KiAP – Kvalitet i Almen Praksis".
const char* const kSeedTitle = "Dosisdispensering i almen praksis – og samarbejde med kommunen";

// `text` repeated and cut to exactly `length` code points.
std::string OfLength(const std::string& text, size_t length) {
  std::string out;
  while (Utf8Length(out) < length) out += text;
  while (Utf8Length(out) > length) {
    out.pop_back();
    while ((static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  }
  while (out.back() == ' ') out.back() = 'x';  // YAML would drop a trailing space
  return out;
}

// Where a page's running header and footer lie, and the margins they keep.
struct Bands {
  double header_bottom;  // words above this are the header's
  double footer_top;     // words below this are the footer's
  double margin;         // left and right
};

// The print documents' A4 portrait pages (print_parts.cc), the plan's A4
// and A3 landscape sheets (plan_pdf.cc) and the deck's slides (the pack makes no others).
std::optional<Bands> BandsOf(const PdfPageWords& page) {
  bool portrait = std::abs(page.width - 595.28) < 1 && std::abs(page.height - 841.89) < 1;
  bool landscape = std::abs(page.width - 841.89) < 1 && std::abs(page.height - 595.28) < 1;
  if (portrait) return Bands{42, page.height - 42, 56};
  bool a3 = std::abs(page.width - 1190.55) < 1 && std::abs(page.height - 841.89) < 1;
  if (landscape) return Bands{22, page.height - 28 - 7.5, 28};
  if (a3) return Bands{30, page.height - 30, 36};  // the plan's A3 sheet
  // The deck's 16:9 slides (render/pptx/deck_slides.cc): no header, a footer below 488.
  if (std::abs(page.width - 960) < 1 && std::abs(page.height - 540) < 1) return Bands{0, 490, 48};
  return std::nullopt;
}

std::string Describe(const std::vector<PdfWord>& words) {
  std::string out;
  for (const PdfWord& w : words)
    out += "  [" + std::to_string(w.x_min) + ", " + std::to_string(w.x_max) + "] " + w.text + "\n";
  return out;
}

// No two words of `line` overlap and all lie within the margins and on the page.
void ExpectClear(std::vector<PdfWord> line, const PdfPageWords& page, double margin, const std::string& where) {
  std::sort(line.begin(), line.end(), [](const PdfWord& a, const PdfWord& b) { return a.x_min < b.x_min; });
  constexpr double kSlack = 0.05;  // pdftotext rounds its boxes
  for (size_t i = 0; i < line.size(); ++i) {
    EXPECT_GE(line[i].x_min, margin - kSlack) << where << ": " << line[i].text << "\n" << Describe(line);
    EXPECT_LE(line[i].x_max, page.width - margin + kSlack) << where << ": " << line[i].text << "\n"
                                                           << Describe(line);
    EXPECT_GE(line[i].y_min, 0) << where << ": " << line[i].text;
    EXPECT_LE(line[i].y_max, page.height) << where << ": " << line[i].text << " runs off the page's foot";
    if (i > 0)
      EXPECT_LE(line[i - 1].x_max, line[i].x_min + kSlack)
          << where << ": \"" << line[i - 1].text << "\" overprints \"" << line[i].text << "\"\n"
          << Describe(line);
  }
}

struct Case {
  const char* name;
  std::string title;
  std::string cluster;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class RunningHeaderTest : public ::testing::TestWithParam<Case> {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  // The cluster's pack with the long organisation and the case's title and cluster name.
  Output Pack(const Case& c) {
    Theme theme;
    Status loaded = LoadTheme(testing::SourceThemeDir(), "da", &theme);
    EXPECT_TRUE(loaded.ok()) << loaded.message();
    site_.Write("site.yaml", Replace(testing::kSiteYaml, "organisation: KiAP",
                                     "organisation: \"" + std::string(kLongOrganisation) + "\""));
    site_.Write("packages/smertebehandling/package.md",
                Replace(testing::kPackageWithIndicators, "title: Smertebehandling", "title: \"" + c.title + "\""));
    // A program gives the deck slides after its title, and so its footer.
    site_.Write("packages/smertebehandling/program.yaml",
                "blocks:\n  - title: Introduktion\n    items:\n      - minutes: 10\n        indicator: opioid-3m\n"
                "        text: Gennemgå klyngens data.\n");
    site_.Write("clusters/vest/cluster.yaml",
                Replace(testing::kClusterYaml, "name: Aalborg Klynge Vest", "name: \"" + c.cluster + "\""));
    site_.Write("clusters/vest/opioid.csv", testing::kClusterCsv);
    Diagnostics diags;
    Catalog catalog = site_.Check(&diags);
    EXPECT_FALSE(diags.HasErrors()) << testing::Describe(diags);
    Output out;
    if (catalog.clusters.size() != 1) {
      ADD_FAILURE() << "expected one cluster";
      return out;
    }
    const ClusterEdition& cluster = catalog.clusters[0];
    ClusterPackInput input{cluster, *catalog.FindPackage(cluster.package), catalog.site, theme,
                           PublishedSlugs(catalog), {}};
    Status status = RenderClusterPack(input, &out);
    EXPECT_TRUE(status.ok()) << status.message();
    return out;
  }

  TempSite site_;
};

TEST_P(RunningHeaderTest, HeaderAndFooterWordsNeverOverlapAndStayInTheMargins) {
  const Case& c = GetParam();
  Output out = Pack(c);
  int checked = 0, numbered = 0, shortened = 0;
  for (const auto& [path, bytes] : out.files()) {
    if (!path.ends_with(".pdf")) continue;
    int pages = PdfPageCount(bytes);
    for (int n = 1; n <= pages; ++n) {
      PdfPageWords page = PdfWordBoxes(bytes, n);
      std::optional<Bands> bands = BandsOf(page);
      if (!bands) {
        ADD_FAILURE() << path << " page " << n << ": a page size the test does not know, " << page.width << " x "
                      << page.height;
        continue;
      }
      std::vector<PdfWord> header, footer;
      for (const PdfWord& w : page.words) {
        if (w.y_max <= bands->header_bottom) header.push_back(w);
        if (w.y_min >= bands->footer_top) footer.push_back(w);
        if (w.text.find("…") != std::string::npos && (w.y_max <= bands->header_bottom || w.y_min >= bands->footer_top))
          ++shortened;
      }
      std::string where = path + " page " + std::to_string(n);
      ExpectClear(header, page, bands->margin, where + " header");
      ExpectClear(footer, page, bands->margin, where + " footer");
      checked += !header.empty() || !footer.empty();
      // "Side X af Y" on a numbered page, whole, at the footer's end: the
      // file's own page count, or the part's in the print bundle (a sheet per clinic).
      std::string text;
      for (const PdfWord& w : footer) text += (text.empty() ? "" : " ") + w.text;
      if (text.find("Side ") == std::string::npos) continue;
      ++numbered;
      std::smatch m;
      ASSERT_TRUE(std::regex_search(text, m, std::regex(R"((?:^| )Side ([0-9]+) af ([0-9]+)$)")))
          << where << ": " << text;
      int x = std::stoi(m[1]), y = std::stoi(m[2]);
      if (path.ends_with("tryk.pdf")) {
        EXPECT_LE(x, y) << where << ": " << text;
      } else {
        EXPECT_EQ(x, n) << where << ": " << text;
        EXPECT_EQ(y, pages) << where << ": " << text;
      }
    }
  }
  EXPECT_GT(checked, 5) << "no header or footer found to check";
  EXPECT_GT(numbered, 3) << "no \"Side X af Y\" found";
  EXPECT_GT(shortened, 0) << "nothing was long enough to be shortened: the case tests nothing";
}

INSTANTIATE_TEST_SUITE_P(
    LongTexts, RunningHeaderTest,
    ::testing::Values(Case{"SeedTitle", kSeedTitle, "Eksempelklynge Syd (fiktiv)"},
                      Case{"Title140", OfLength(std::string(kSeedTitle) + " og hjemmeplejen ", 140),
                           "Eksempelklynge Syd (fiktiv)"},
                      Case{"Cluster60", kSeedTitle, OfLength("Klyngen for praktiserende læger i Vesthimmerland ", 60)},
                      // Long enough to wrap the deck's footer (cluster and date) below the slide.
                      Case{"Cluster90", kSeedTitle, OfLength("Klyngen for praktiserende læger i Vesthimmerland ", 90)}),
    [](const ::testing::TestParamInfo<Case>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace klynge
