// End-to-end: symbolic links never carry content out of the folder it
// belongs to. A link planted anywhere klynge reads from (a package's files,
// its assets/ folder and files in it, a package folder, packages/, stories/,
// site.yaml, clusters/, the site's theme), pointing at clusters/, /etc or
// another package, relative or absolute, direct or through a second link,
// must fail the build with an error at the link, publish nothing, and leave
// the last good output as it was. A link that stays inside its folder is
// followed; a link in clusters/ may read a package, but nothing of a
// cluster ever reaches output/site/.

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>

#include "support/file_tree.h"
#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

// What must never be published: the cluster's data and what /etc holds.
const char* const kClinicId = "912345";
const char* const kClinicName = "Lægehuset Hemmeligvej";
const char* const kClusterName = "Hemmelig Klynge";
const char* const kEtcText = "root:x:0:0";  // the first line of /etc/passwd

const char* const kPackage =
    "---\n"
    "title: Smertebehandling\n"
    "topic: Medicin\n"
    "provider: KAP-H's medicinteam\n"
    "duration: 150\n"
    "indicators:\n"
    "  - id: opioid-3m\n"
    "    title: Patienter med opioid i 3 mdr.\n"
    "    unit: pr. 1.000 tilmeldte\n"
    "    per: 1000\n"
    "    better: lower\n"
    "---\n"
    "Formålet med denne klyngepakke er at kigge på ordinationsmønstret.\n";

const char* const kOtherPackage =
    "---\n"
    "title: Dosisdispensering\n"
    "topic: Medicin\n"
    "provider: KAP-H's medicinteam\n"
    "duration: 120\n"
    "---\n"
    "Om dosisdispensering.\n";

std::string ClusterYaml() {
  return std::string("name: ") + kClusterName + "\n" +
         "region: Nordjylland\n"
         "coordinator: Test Koordinator\n"
         "package: smertebehandling\n"
         "meeting:\n"
         "  date: 2026-03-12\n"
         "practices:\n"
         "  - id: \"" + kClinicId + "\"\n" +
         "    name: " + kClinicName + "\n" +
         "data: [opioid.csv]\n";
}

std::string ClusterCsv() {
  return std::string("practice,indicator,period,numerator,denominator\n") + kClinicId +
         ",opioid-3m,2025,57,1480\n";
}

// A link at `link` (relative to the site root) to `target` (as written in the link).
void Link(const TempSite& site, const std::string& link, const std::string& target) {
  fs::path path = fs::path(site.root()) / link;
  std::error_code ec;
  fs::remove_all(path, ec);
  fs::create_directories(path.parent_path());
  fs::create_symlink(target, path);
}

// Where a needle of the secrets is found in the public site, or "".
std::string FindSecret(const std::string& site_dir) {
  for (const auto& [path, bytes] : SnapshotTree(site_dir))
    for (const char* secret : {kClinicId, kClinicName, kClusterName, kEtcText})
      if (bytes.find(secret) != std::string::npos) return path + " holds \"" + secret + "\"";
  return "";
}

struct PlantedLink {
  std::string name;
  std::function<void(const TempSite&)> plant;
  std::string path;    // the link, relative to the site root, as klynge prints it
  std::string needle;  // part of the message
  bool content = true;  // false: a theme file (`check` does not read the theme)
};

void PrintTo(const PlantedLink& c, std::ostream* os) { *os << c.name; }

class SymlinkTest : public ::testing::TestWithParam<PlantedLink> {
 protected:
  void SetUp() override {
    site_.Write("site.yaml", kSiteYaml);
    site_.Write("packages/smertebehandling/package.md", kPackage);
    site_.Write("packages/smertebehandling/assets/vejledning.txt", "Vejledning til mødet.\n");
    site_.Write("packages/smertebehandling/assets/undermappe/fil.txt", "En fil i en undermappe.\n");
    site_.Write("packages/dosisdispensering/package.md", kOtherPackage);
    site_.Write("packages/dosisdispensering/assets/egen.txt", "Dosisdispenseringens egen fil.\n");
    site_.Write("stories/en-historie.md", "---\ntitle: En historie\ndate: 2023-09-29\n---\nTekst.\n");
    site_.Write("clusters/testklynge/cluster.yaml", ClusterYaml());
    site_.Write("clusters/testklynge/opioid.csv", ClusterCsv());
    fs::copy(SourceDir() + "/themes", site_.root() + "/themes",
             fs::copy_options::recursive);
  }

  // Builds the good site; returns the output as it is then.
  TreeSnapshot BuildGood() {
    std::string err;
    EXPECT_EQ(site_.Run("build", &err), 0) << "the good site did not build:\n" << err;
    EXPECT_EQ(FindSecret(site_.root() + "/output/site"), "") << "even the good build leaks";
    return SnapshotTree(site_.root() + "/output");
  }

  TempSite site_;
};

// The error line "path: error: …needle…" (a path problem: no line or column).
::testing::AssertionResult HasErrorAt(const std::string& err, const std::string& path,
                                      const std::string& needle) {
  size_t at = 0;
  std::string head = path + ": error: ";
  while ((at = err.find(head, at)) != std::string::npos) {
    bool line_start = at == 0 || err[at - 1] == '\n';
    size_t end = err.find('\n', at);
    std::string line = err.substr(at, end == std::string::npos ? std::string::npos : end - at);
    if (line_start && line.find(needle) != std::string::npos) return ::testing::AssertionSuccess();
    at += head.size();
  }
  return ::testing::AssertionFailure() << "expected \"" << head << "…" << needle << "…\"; stderr:\n" << err;
}

// The needle of a content problem as the (Danish) site speaks it; the theme's
// problems are in English.
std::string DanishNeedle(std::string needle) {
  const std::pair<const char*, const char*> kPhrases[] = {
      {"a package folder may not be a symbolic link", "en pakkemappe må ikke være et symbolsk link"},
      {"symbolic link to ", "det symbolske link til "},
      {"leads outside the content folder", "fører uden for mappen content"},
      {"leads outside the stories folder", "fører uden for historiemappen"},
      {"leads outside its package folder", "fører uden for pakkens mappe"},
      {"leads into content/clusters/, which is private and never published",
       "fører ind i content/clusters/, som er privat og aldrig udgives"},
  };
  std::string english = needle;
  for (const auto& [en, da] : kPhrases)
    if (size_t at = needle.find(en); at != std::string::npos) needle.replace(at, std::string(en).size(), da);
  if (needle == english) ADD_FAILURE() << "no Danish needle for \"" << english << "\"";
  return needle;
}

TEST_P(SymlinkTest, TheBuildFailsAtTheLinkAndPublishesNothing) {
  PlantedLink c = GetParam();
  if (c.content) c.needle = DanishNeedle(c.needle);
  TreeSnapshot before = BuildGood();
  c.plant(site_);
  std::string err;
  EXPECT_EQ(site_.Run("build", &err), 1) << err;
  if (c.content) {
    EXPECT_TRUE(HasErrorAt(err, c.path, c.needle));
    std::string check_err;
    EXPECT_EQ(site_.Run("check", &check_err), 1) << check_err;
    EXPECT_TRUE(HasErrorAt(check_err, c.path, c.needle));
  } else {
    EXPECT_NE(err.find("klynge: " + c.path + ": " + c.needle), std::string::npos) << err;
  }
  EXPECT_EQ(DiffTrees(before, SnapshotTree(site_.root() + "/output")), "")
      << "a refused link changed output/";
  EXPECT_EQ(FindSecret(site_.root() + "/output/site"), "");
  for (const auto& entry : fs::directory_iterator(site_.root())) {
    std::string name = entry.path().filename().string();
    EXPECT_TRUE(name == "content" || name == "output" || name == "themes" || name[0] == '.')
        << "a failed build left " << name << " in the site root";
  }
}

const char* const kPkgDir = "content/packages/smertebehandling";
const char* const kOutside = "leads outside its package folder content/packages/smertebehandling";
const char* const kPrivate = "leads into content/clusters/, which is private and never published";

std::string In(const std::string& rel) { return std::string(kPkgDir) + "/" + rel; }

std::vector<PlantedLink> Cases() {
  return {
      // The files of a package.
      {"PackageMdToClusterFile",
       [](const TempSite& s) { Link(s, In("package.md"), "../../clusters/testklynge/cluster.yaml"); },
       In("package.md"), "symbolic link to ../../clusters/testklynge/cluster.yaml " + std::string(kOutside)},
      {"ProgramYamlToEtcAbsolute", [](const TempSite& s) { Link(s, In("program.yaml"), "/etc/passwd"); },
       In("program.yaml"), "symbolic link to /etc/passwd " + std::string(kOutside)},
      {"DrejebogYamlToAnotherPackage",
       [](const TempSite& s) { Link(s, In("drejebog.yaml"), "../dosisdispensering/package.md"); },
       In("drejebog.yaml"), kOutside},
      {"PlanYamlThroughASecondLinkToCluster",
       [](const TempSite& s) {
         Link(s, In(".hop"), "../../clusters/testklynge/opioid.csv");
         Link(s, In("plan.yaml"), ".hop");
       },
       In("plan.yaml"), "symbolic link to .hop " + std::string(kOutside)},
      {"NotesYamlAbsoluteToCluster",
       [](const TempSite& s) {
         Link(s, In("notes.yaml"), s.root() + "/content/clusters/testklynge/cluster.yaml");
       },
       In("notes.yaml"), kOutside},
      {"PraksisarkToClusterCsv",
       [](const TempSite& s) { Link(s, In("praksisark.md"), "../../clusters/testklynge/opioid.csv"); },
       In("praksisark.md"), kOutside},
      // assets/ as a folder link: the case the issue found.
      {"AssetsFolderToCluster",
       [](const TempSite& s) { Link(s, In("assets"), "../../clusters/testklynge"); }, In("assets"),
       "symbolic link to ../../clusters/testklynge " + std::string(kOutside)},
      {"AssetsFolderToEtcAbsolute", [](const TempSite& s) { Link(s, In("assets"), "/etc"); }, In("assets"),
       kOutside},
      {"AssetsFolderThroughASecondLinkToCluster",
       [](const TempSite& s) {
         Link(s, In(".medier"), "../../clusters/testklynge");
         Link(s, In("assets"), ".medier");
       },
       In("assets"), kOutside},
      {"AssetsFolderToAnotherPackage",
       [](const TempSite& s) { Link(s, In("assets"), "../dosisdispensering/assets"); }, In("assets"),
       kOutside},
      // Links inside assets/.
      {"AssetFileToClusterCsv",
       [](const TempSite& s) { Link(s, In("assets/data.csv"), "../../../clusters/testklynge/opioid.csv"); },
       In("assets/data.csv"), kOutside},
      {"AssetFileToEtcAbsolute", [](const TempSite& s) { Link(s, In("assets/passwd"), "/etc/passwd"); },
       In("assets/passwd"), kOutside},
      {"AssetFolderToAnotherPackage",
       [](const TempSite& s) { Link(s, In("assets/andre"), "../../dosisdispensering/assets"); },
       In("assets/andre"), kOutside},
      {"AssetFolderThroughASecondLinkToEtc",
       [](const TempSite& s) {
         Link(s, In("assets/.etc"), "/etc");
         Link(s, In("assets/systemet"), ".etc");
       },
       In("assets/systemet"), kOutside},
      {"AssetFileInALinkedFolderInsideThePackage",
       [](const TempSite& s) {
         // The folder link stays inside; the file link in the folder it leads to does not.
         Link(s, In("assets/mere"), "undermappe");
         Link(s, In("assets/undermappe/hemmelig.csv"), "../../../../clusters/testklynge/opioid.csv");
       },
       In("assets/mere/hemmelig.csv"), kOutside},
      // A package folder, and packages/ itself.
      {"PackageFolderToCluster",
       [](const TempSite& s) { Link(s, "content/packages/klyngedata", "../clusters/testklynge"); },
       "content/packages/klyngedata", "a package folder may not be a symbolic link"},
      {"PackageFolderToAnotherPackage",
       [](const TempSite& s) { Link(s, "content/packages/kopi", "smertebehandling"); },
       "content/packages/kopi", "a package folder may not be a symbolic link"},
      {"PackagesFolderToClusters",
       [](const TempSite& s) {
         fs::rename(s.content() + "/packages", s.content() + "/.pakker");
         Link(s, "content/packages", "clusters");
       },
       "content/packages", kPrivate},
      // stories/.
      {"StoryToClusterFile",
       [](const TempSite& s) { Link(s, "content/stories/hemmelig.md", "../clusters/testklynge/cluster.yaml"); },
       "content/stories/hemmelig.md", "leads outside the stories folder content/stories"},
      {"StoriesFolderToEtc", [](const TempSite& s) { Link(s, "content/stories", "/etc"); }, "content/stories",
       "leads outside the content folder"},
      // site.yaml.
      {"SiteYamlToClusterFile",
       [](const TempSite& s) { Link(s, "content/site.yaml", "clusters/testklynge/cluster.yaml"); },
       "content/site.yaml", kPrivate},
      {"SiteYamlToEtcAbsolute", [](const TempSite& s) { Link(s, "content/site.yaml", "/etc/passwd"); },
       "content/site.yaml", "leads outside the content folder"},
      // clusters/: private, but nothing outside content/ either.
      {"ClusterCsvToEtc",
       [](const TempSite& s) { Link(s, "content/clusters/testklynge/opioid.csv", "/etc/passwd"); },
       "content/clusters/testklynge/opioid.csv", "leads outside the content folder"},
      {"ClusterFolderToEtc", [](const TempSite& s) { Link(s, "content/clusters/andre", "/etc"); },
       "content/clusters/andre", "leads outside the content folder"},
      // The site's own theme: static/ is published as it is.
      {"ThemeStaticFileToEtc",
       [](const TempSite& s) { Link(s, "themes/default/static/hemmelig.css", "/etc/passwd"); },
       "themes/default/static/hemmelig.css", "symbolic link to /etc/passwd leads outside the theme folder",
       false},
      {"ThemeStaticFileToClusterCsv",
       [](const TempSite& s) {
         Link(s, "themes/default/static/data.csv", "../../../content/clusters/testklynge/opioid.csv");
       },
       "themes/default/static/data.csv", "symbolic link to ../../../content/clusters/testklynge/opioid.csv "
                                         "leads into content/clusters/, which is private",
       false},
      {"ThemeStaticFolderToEtc", [](const TempSite& s) { Link(s, "themes/default/static/etc", "/etc"); },
       "themes/default/static/etc", "symbolic link to /etc leads outside the theme folder", false},
      {"ThemePartialToEtc",
       [](const TempSite& s) { Link(s, "themes/default/templates/partials/hemmelig.mustache", "/etc/passwd"); },
       "themes/default/templates/partials/hemmelig.mustache", "symbolic link to /etc/passwd leads outside",
       false},
      {"ThemeStringsThroughASecondLinkToCluster",
       [](const TempSite& s) {
         Link(s, "themes/default/i18n/.hop", "../../../content/clusters/testklynge/cluster.yaml");
         Link(s, "themes/default/i18n/da.yaml", ".hop");
       },
       "themes/default/i18n/da.yaml", "symbolic link to .hop leads into content/clusters/", false},
      {"ThemeFolderIntoClusters",
       [](const TempSite& s) {
         fs::rename(s.root() + "/themes/default", s.content() + "/clusters/testklynge/tema");
         Link(s, "themes/default", "../content/clusters/testklynge/tema");
       },
       "themes/default", "the theme folder leads into content/clusters, which is private", false},
  };
}

INSTANTIATE_TEST_SUITE_P(EveryPlace, SymlinkTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<PlantedLink>& info) { return info.param.name; });

class AllowedSymlinkTest : public SymlinkTest {};

TEST_F(AllowedSymlinkTest, ALinkThatStaysInsideItsPackageIsFollowed) {
  Link(site_, In("assets/kopi.txt"), "vejledning.txt");
  Link(site_, In("assets/mere"), "undermappe");
  std::string err;
  ASSERT_EQ(site_.Run("build", &err), 0) << err;
  std::string assets = site_.root() + "/output/site/pakker/smertebehandling/assets/";
  EXPECT_EQ(ReadFile(assets + "kopi.txt"), "Vejledning til mødet.\n");
  EXPECT_EQ(ReadFile(assets + "mere/fil.txt"), "En fil i en undermappe.\n");
  EXPECT_EQ(FindSecret(site_.root() + "/output/site"), "");
}

TEST_F(AllowedSymlinkTest, ALinkBackUpTheTreeDoesNotLoop) {
  Link(site_, In("assets/igen"), ".");
  auto start = std::chrono::steady_clock::now();
  std::string err;
  ASSERT_EQ(site_.Run("build", &err), 0) << err;
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(30));
  EXPECT_EQ(ReadFile(site_.root() + "/output/site/pakker/smertebehandling/assets/igen/vejledning.txt"),
            "Vejledning til mødet.\n");
}

TEST_F(AllowedSymlinkTest, AClusterMayReadAPackageButNothingOfItIsPublished) {
  // The cluster's data kept in a package folder (not in its assets/), linked from clusters/.
  site_.Write("packages/smertebehandling/klyngedata.csv", ClusterCsv());
  Link(site_, "content/clusters/testklynge/opioid.csv", "../../packages/smertebehandling/klyngedata.csv");
  std::string err;
  ASSERT_EQ(site_.Run("build", &err), 0) << err;
  EXPECT_TRUE(fs::exists(site_.root() + "/output/clusters/testklynge/uddelingskopi.pdf"));
  EXPECT_EQ(FindSecret(site_.root() + "/output/site"), "");
}

}  // namespace
}  // namespace klynge::testing
