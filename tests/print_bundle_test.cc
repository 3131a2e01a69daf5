// tryk.pdf, the print shop's bundle of a cluster's envelopes, checked as the
// print shop and the envelope would: where pdftotext puts the address, and
// on which pages each clinic's set starts.

#include "render/pdf/print_bundle.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include <unistd.h>

#include "support/pdf_tools.h"
#include "support/run_klynge.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::BuildSample;
using testing::RunShell;

constexpr double kPointsPerMm = 72.0 / 25.4;

struct WordBox {
  std::string word;
  double x_min, y_min, x_max, y_max;
};

std::vector<WordBox> WordBoxes(const std::string& path, int page) {
  std::string out;
  RunShell("pdftotext -bbox -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + path +
               "' - 2>/dev/null",
           &out);
  std::vector<WordBox> boxes;
  std::regex re(R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  for (auto it = std::sregex_iterator(out.begin(), out.end(), re); it != std::sregex_iterator(); ++it)
    boxes.push_back({(*it)[5], std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
  return boxes;
}

class PrintBundleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // ctest runs each test in its own process, two at a time: one folder each.
    out_ = new std::string((std::filesystem::temp_directory_path() /
                            ("klynge-print-bundle-test-" + std::to_string(getpid())))
                               .string());
    std::filesystem::remove_all(*out_);
    testing::RunResult built = BuildSample(*out_);
    ASSERT_EQ(built.exit_code, 0) << built.err;
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*out_);
    delete out_;
  }
  static std::string BundlePath() { return *out_ + "/clusters/eksempel-klynge-syd/tryk.pdf"; }
  static std::string Bundle() { return testing::ReadFile(BundlePath()); }
  static std::string* out_;
};
std::string* PrintBundleTest::out_ = nullptr;

TEST_F(PrintBundleTest, TheAddressLiesInTheWindowOfAStandardEnvelope) {
  std::vector<WordBox> words = WordBoxes(BundlePath(), 1);
  ASSERT_FALSE(words.empty());
  double left = kWindowLeftMm * kPointsPerMm, top = kWindowTopMm * kPointsPerMm;
  double right = left + kWindowWidthMm * kPointsPerMm, bottom = top + kWindowHeightMm * kPointsPerMm;
  // The first clinic in ydernummer order, 910001, and its address from cluster.yaml.
  for (const char* expected : {"Lægerne", "Opdigtet", "Allé", "1", "5000", "Fiktivby", "Fortroligt:"}) {
    bool in_window = false;
    for (const WordBox& w : words)
      if (w.word == expected && w.x_min >= left && w.x_max <= right && w.y_min >= top && w.y_max <= bottom)
        in_window = true;
    EXPECT_TRUE(in_window) << expected << " is not inside the window (" << left << "," << top << ")-(" << right
                           << "," << bottom << ")";
  }
  // Nothing else of the cover shows through the window.
  for (const WordBox& w : words)
    if (w.y_min >= top - 2 && w.y_max <= bottom + 2)
      EXPECT_TRUE(w.x_min >= left && w.x_max <= right) << w.word << " at x " << w.x_min << " is beside the window";
}

TEST_F(PrintBundleTest, EachClinicsSetStartsOnAnOddPageInYdernummerOrder) {
  const std::string bundle = Bundle();
  int pages = testing::PdfPageCount(bundle);
  EXPECT_EQ(pages % 2, 0) << "printed duplex, the last sheet's back is blank";
  std::vector<int> covers;
  std::vector<std::string> names;
  for (int page = 1; page <= pages; ++page) {
    std::string text = testing::PdfText(bundle, page, page);
    if (text.find("Kuverten indeholder:") == std::string::npos) continue;
    covers.push_back(page);
    for (const char* name : {"Lægerne Opdigtet Allé", "Lægehuset Eksempelparken", "Lægeklinikken Prøvegade",
                             "Solopraksis Attrapvej", "Lægerne ved Modelparken"})
      if (text.find(name) != std::string::npos) names.push_back(name);
  }
  ASSERT_EQ(covers.size(), 5u) << "one cover per clinic";
  for (int page : covers) EXPECT_EQ(page % 2, 1) << "a cover on page " << page;
  EXPECT_EQ(names, (std::vector<std::string>{"Lægerne Opdigtet Allé", "Lægehuset Eksempelparken",
                                             "Lægeklinikken Prøvegade", "Solopraksis Attrapvej",
                                             "Lægerne ved Modelparken"}));
  // A set holds its clinic's sealed sheet, and only its own.
  std::string second = testing::PdfText(bundle, covers[1], covers[2] - 1);
  EXPECT_NE(second.find("Lægehuset Eksempelparken"), std::string::npos);
  EXPECT_EQ(second.find("Lægerne Opdigtet Allé"), std::string::npos) << "another clinic's name in the set";
  EXPECT_NE(second.find("Implementeringsplan"), std::string::npos) << "the plan is in the set";
}

TEST_F(PrintBundleTest, ThePacksIndexLinksItFirst) {
  std::string index = testing::ReadFile(*out_ + "/clusters/eksempel-klynge-syd/index.html");
  size_t first = index.find("href=\"", index.find("<main>"));
  ASSERT_NE(first, std::string::npos) << index;
  EXPECT_EQ(index.substr(first, 15), "href=\"tryk.pdf\"") << "tryk.pdf is not the first link:\n" << index;
}

}  // namespace
}  // namespace klynge
