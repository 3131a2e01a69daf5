// End-to-end: what the real `klynge` binary does with bad input. For every
// kind of bad input the content format names, `build` must exit 1, print the
// diagnostic at path:line:col with the source line under it, and leave the
// last good output/ exactly as it was. Usage errors exit 2; a folder that is
// not klynge's is never written into.

#include <gtest/gtest.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <tuple>

#include "base/language.h"
#include "support/expect_diagnostic.h"
#include "support/file_tree.h"
#include "support/pdf_tools.h"
#include "support/run_klynge.h"
#include "support/temp_site.h"
#include "support/source_tree.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

// A valid package with one indicator, so cluster data can refer to it.
// Line numbers matter: the cases below point at them.
const char* const kPackage =
    "---\n"                                                                  //  1
    "title: Smertebehandling\n"                                              //  2
    "topic: Medicin\n"                                                       //  3
    "provider: KAP-H's medicinteam\n"                                        //  4
    "duration: 150\n"                                                        //  5
    "indicators:\n"                                                          //  6
    "  - id: opioid-3m\n"                                                    //  7
    "    title: Patienter med opioid i 3 mdr.\n"                             //  8
    "    unit: pr. 1.000 tilmeldte\n"                                        //  9
    "    per: 1000\n"                                                        // 10
    "    better: lower\n"                                                    // 11
    "---\n"                                                                  // 12
    "Formålet med denne klyngepakke er at kigge på ordinationsmønstret.\n";  // 13

const char* const kPackagePath = "packages/smertebehandling/package.md";

// Replaces the first occurrence of `from` in `text`; the test data must hold it.
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "test data lacks \"" << from << "\"";
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::string ClusterYaml(const std::string& package) {
  return "name: Testklynge\n"               // 1
         "region: Nordjylland\n"            // 2
         "coordinator: Test Koordinator\n"  // 3
         "package: " +
         package +
         "\n"                             // 4
         "meeting:\n"                     // 5
         "  date: 2026-03-12\n"           // 6
         "practices:\n"                   // 7
         "  - id: \"900001\"\n"           // 8
         "    name: Lægehuset Testvej\n"  // 9
         "data: [opioid.csv]\n";          // 10
}

const char* const kCsvHeader = "practice,indicator,period,numerator,denominator\n";

void WriteCluster(const TempSite& site, const std::string& package, const std::string& rows) {
  site.Write("clusters/testklynge/cluster.yaml", ClusterYaml(package));
  site.Write("clusters/testklynge/opioid.csv", std::string(kCsvHeader) + rows);
}

// The package with an image on line 15, column 1, and `bytes` as its file.
void WriteImage(const TempSite& site, const std::string& name, const std::string& bytes) {
  site.Write(kPackagePath, std::string(kPackage) + "\n![Figur](assets/" + name + ")\n");
  site.Write("packages/smertebehandling/assets/" + name, bytes);
}

// A PNG whose IHDR declares width × height (the CRC is left stale).
std::string PngDeclaring(uint32_t width, uint32_t height) {
  std::string png = MakeTestPng(4, 4);
  for (int i = 0; i < 4; ++i) {
    png[16 + i] = static_cast<char>(width >> (24 - 8 * i));
    png[20 + i] = static_cast<char>(height >> (24 - 8 * i));
  }
  return png;
}

const char* const kDrejebog =
    "after:\n"
    "  - title: Bestil en ny opgørelse\n"
    "    when: +6m\n";

struct ErrorLine {
  std::string path;
  int line = 0;  // 0: the diagnostic names no line
  int column = 0;
  std::string message;
  std::string next;  // the line printed after it (the source excerpt)
};

// Every "path[:line:col]: error: message" line of klynge's standard error.
std::vector<ErrorLine> ParseErrors(const std::string& err) {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  std::vector<ErrorLine> errors;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t mark = lines[i].find(": error: ");
    if (mark == std::string::npos) continue;
    ErrorLine e;
    e.message = lines[i].substr(mark + 9);
    e.path = lines[i].substr(0, mark);
    // Peel ":line:col" off the end of the path, when both are numbers.
    size_t c2 = e.path.rfind(':');
    size_t c1 = c2 == std::string::npos || c2 == 0 ? std::string::npos : e.path.rfind(':', c2 - 1);
    if (c1 != std::string::npos) {
      std::string l = e.path.substr(c1 + 1, c2 - c1 - 1), c = e.path.substr(c2 + 1);
      auto digits = [](const std::string& s) {
        return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
      };
      if (digits(l) && digits(c)) {
        e.line = std::stoi(l);
        e.column = std::stoi(c);
        e.path.resize(c1);
      }
    }
    if (i + 1 < lines.size()) e.next = lines[i + 1];
    errors.push_back(e);
  }
  return errors;
}

struct BadInput {
  std::string name;
  std::function<void(const TempSite&)> spoil;
  std::string path;    // relative to the site root, as klynge prints it
  int line = 0;        // 0: any line (or none)
  int column = 0;      // 0: any column
  std::string needle;  // the message must contain it ("" = any message)
};

void PrintTo(const BadInput& c, std::ostream* os) { *os << c.name; }

// The diagnostic the case expects, or a failure that shows all of stderr.
::testing::AssertionResult HasExpectedError(const BadInput& c, const std::string& err) {
  for (const ErrorLine& e : ParseErrors(err)) {
    if (e.path != c.path) continue;
    if (c.line != 0 && e.line != c.line) continue;
    if (c.column != 0 && e.column != c.column) continue;
    if (e.message.find(c.needle) == std::string::npos) continue;
    if (e.line > 0) {
      // The source line follows, numbered: "   13 | Formålet …".
      std::string number = std::to_string(e.line) + " | ";
      size_t at = e.next.find(number);
      if (at == std::string::npos || e.next.find_first_not_of(' ') != at)
        return ::testing::AssertionFailure()
               << "the error is not followed by its numbered source line; got \"" << e.next
               << "\"\nstderr:\n"
               << err;
    }
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure()
         << "expected " << c.path << ":" << (c.line ? std::to_string(c.line) : "*") << ":"
         << (c.column ? std::to_string(c.column) : "*") << ": error: …" << c.needle
         << "…\nstderr was:\n"
         << err;
}

// Text a library would print if its exception or crash reached the user.
::testing::AssertionResult NoLibraryNoise(const std::string& err) {
  for (const char* noise :
       {"terminate called", "what():", "yaml-cpp", "libfyaml", "bad conversion", "bad file", "Segmentation",
        "Aborted", "AddressSanitizer", "runtime error:", "std::", "exception"}) {
    if (err.find(noise) != std::string::npos)
      return ::testing::AssertionFailure() << "stderr contains \"" << noise << "\":\n" << err;
  }
  return ::testing::AssertionSuccess();
}

// Each case in English (`language: en`) and in Danish (site.yaml's default).
class BadInputTest : public ::testing::TestWithParam<std::tuple<BadInput, Language>> {
 protected:
  void SetUp() override {
    site_.Write("site.yaml", SiteYaml());
    site_.Write(kPackagePath, kPackage);
  }
  bool danish() const { return std::get<1>(GetParam()) == Language::kDanish; }
  std::string SiteYaml() const { return std::string(kSiteYaml) + (danish() ? "" : "language: en\n"); }
  TempSite site_;
};

TEST_P(BadInputTest, BuildFailsWithTheDiagnosticAndKeepsTheLastGoodOutput) {
  const BadInput& c = std::get<0>(GetParam());
  std::string err;
  ASSERT_EQ(site_.Run("build", &err), 0) << "the good site did not build:\n" << err;
  std::string output = site_.root() + "/output";
  ASSERT_TRUE(fs::exists(output + "/.klynge-output")) << "the good build wrote no marked output/";
  TreeSnapshot before = SnapshotTree(output);

  c.spoil(site_);
  int code = site_.Run("build", &err);
  EXPECT_EQ(code, 1) << "stderr:\n" << err;
  EXPECT_TRUE(HasExpectedError(c, err));
  EXPECT_TRUE(NoLibraryNoise(err));
  // The summary speaks the site's language; a site.yaml that cannot be read speaks Danish.
  bool site_readable = c.path != "content/site.yaml";
  bool english_summary = err.find(" error(s), ") != std::string::npos;
  bool danish_summary = err.find(" fejl og ") != std::string::npos;
  EXPECT_TRUE(english_summary || danish_summary) << err;
  EXPECT_EQ(danish_summary, danish() || !site_readable) << err;
  EXPECT_EQ(DiffTrees(before, SnapshotTree(output)), "") << "a failed build changed output/";
  // Nothing half-written beside output/ either.
  for (const auto& entry : fs::directory_iterator(site_.root())) {
    std::string name = entry.path().filename().string();
    EXPECT_TRUE(name == "content" || name == "output" || name[0] == '.')
        << "a failed build left " << name << " in the site root";
  }

  // `check` reports the same and exits the same way.
  std::string check_err;
  EXPECT_EQ(site_.Run("check", &check_err), 1) << check_err;
  EXPECT_TRUE(HasExpectedError(c, check_err));
}

const char* const kSite = "content/site.yaml";
const char* const kPkg = "content/packages/smertebehandling/package.md";
const char* const kCsv = "content/clusters/testklynge/opioid.csv";

std::vector<BadInput> Cases() {
  return {
      {"InvalidUtf8InMarkdown",
       [](const TempSite& s) {
         s.Write(kPackagePath, Replace(kPackage, "Formålet med ", "Formålet med \xFF"));
       },
       kPkg, 13, 14, ""},
      {"InvalidUtf8InYaml",
       [](const TempSite& s) {
         s.Write("site.yaml", Replace(kSiteYaml, "organisation: KiAP", "organisation: KiAP \xC3("));
       },
       kSite, 2, 20, ""},
      {"YamlSyntaxError",
       [](const TempSite& s) {
         s.Write("site.yaml",
                 Replace(kSiteYaml, "organisation: KiAP", "organisation: KiAP: extra"));
       },
       kSite, 2, 19, ""},
      {"YamlSyntaxErrorInFrontMatter",
       [](const TempSite& s) {
         s.Write(kPackagePath,
                 Replace(kPackage, "title: Smertebehandling", "title: Smerte: behandling"));
       },
       kPkg, 2, 14, ""},
      {"MissingRequiredKey",
       [](const TempSite& s) {
         s.Write(kPackagePath, Replace(kPackage, "provider: KAP-H's medicinteam\n", ""));
       },
       kPkg, 0, 0, "provider"},
      {"MissingSiteYaml", [](const TempSite& s) { s.Remove("site.yaml"); }, kSite, 0, 0, ""},
      {"WrongType",
       [](const TempSite& s) {
         s.Write(kPackagePath, Replace(kPackage, "duration: 150", "duration: lang"));
       },
       kPkg, 5, 11, "duration"},
      {"WrongTypeInIndicator",
       [](const TempSite& s) {
         s.Write(kPackagePath, Replace(kPackage, "per: 1000", "per: tusind"));
       },
       kPkg, 10, 10, "per"},
      {"UnknownRelatedPackage",
       [](const TempSite& s) {
         s.Write(kPackagePath,
                 Replace(kPackage, "duration: 150\n", "duration: 150\nrelated: [findes-ikke]\n"));
       },
       kPkg, 6, 0, "findes-ikke"},
      {"UnknownPackageInStory",
       [](const TempSite& s) {
         s.Write(
             "stories/en-historie.md",
             "---\ntitle: En historie\ndate: 2023-09-29\npackages: [findes-ikke]\n---\nTekst.\n");
       },
       "content/stories/en-historie.md", 4, 0, "findes-ikke"},
      {"UnknownPackageInCluster",
       [](const TempSite& s) { WriteCluster(s, "findes-ikke", "900001,opioid-3m,2025,57,1480\n"); },
       "content/clusters/testklynge/cluster.yaml", 4, 0, "findes-ikke"},
      {"BadPackageFolderName",
       [](const TempSite& s) { s.Write("packages/Smerte Behandling/package.md", kPackage); },
       "content/packages/Smerte Behandling", 0, 0, ""},
      {"BadStoryFileName",
       [](const TempSite& s) {
         s.Write("stories/Min_Historie.md",
                 "---\ntitle: En historie\ndate: 2023-09-29\n---\nTekst.\n");
       },
       "content/stories/Min_Historie.md", 0, 0, ""},
      {"BrokenRelativeLink",
       [](const TempSite& s) {
         s.Write(kPackagePath, std::string(kPackage) + "\nSe [skemaet](assets/skema.pdf).\n");
       },
       kPkg, 15, 0, "assets/skema.pdf"},
      {"LinkLeavingTheContentTree",
       [](const TempSite& s) {
         s.Write(kPackagePath, std::string(kPackage) + "\nSe [filen](../../../etc/passwd).\n");
       },
       kPkg, 15, 0, ""},
      {"QuotesNestedTooDeep",
       [](const TempSite& s) {
         s.Write(kPackagePath, std::string(kPackage) + "\n" + std::string(17, '>') + " for dybt\n");
       },
       kPkg, 15, 17, "nested more than 16 levels"},
      {"TableRowTooWide",
       [](const TempSite& s) {
         std::string row;
         for (int i = 0; i < 200; ++i) row += "| x ";
         s.Write(kPackagePath, std::string(kPackage) + "\n| a | b |\n|---|---|\n" + row + "|\n");
       },
       kPkg, 17, 0, "at most 64 columns"},
      {"CsvCountIsNotANumber",
       [](const TempSite& s) {
         WriteCluster(s, "smertebehandling",
                      "900001,opioid-3m,2024,57,1480\n900001,opioid-3m,2025,mange,1480\n");
       },
       kCsv, 3, 23, ""},
      {"CsvRowWithTooFewFields",
       [](const TempSite& s) {
         WriteCluster(s, "smertebehandling",
                      "900001,opioid-3m,2024,57\n900001,opioid-3m,2025,50,1480\n");
       },
       kCsv, 2, 0, ""},
      {"CsvUnknownPractice",
       [](const TempSite& s) {
         WriteCluster(s, "smertebehandling", "999999,opioid-3m,2025,57,1480\n");
       },
       kCsv, 2, 0, "999999"},
      {"CsvZeroDenominator",
       [](const TempSite& s) {
         WriteCluster(s, "smertebehandling", "900001,opioid-3m,2025,0,0\n");
       },
       kCsv, 2, 0, ""},
      {"CsvCountAboveTenToTheNinth",
       [](const TempSite& s) {
         WriteCluster(s, "smertebehandling",
                      "900001,opioid-3m,2025,10000000000000000,10000000000000000\n");
       },
       kCsv, 2, 23, "`numerator` is too large"},
      {"TaskDateBeyondTheYear9999",
       [](const TempSite& s) {
         s.Write("packages/smertebehandling/drejebog.yaml", kDrejebog);
         WriteCluster(s, "smertebehandling", "900001,opioid-3m,2025,57,1480\n");
         s.Write("clusters/testklynge/cluster.yaml",
                 Replace(ClusterYaml("smertebehandling"), "2026-03-12", "9999-12-31"));
       },
       "content/clusters/testklynge/cluster.yaml", 6, 9, "on 10000-06-30, after 9999-12-31"},
      {"TruncatedPng",
       [](const TempSite& s) {
         std::string png = MakeTestPng(64, 64);
         WriteImage(s, "figur.png", png.substr(0, png.size() / 2));
       },
       kPkg, 15, 1, "image \"assets/figur.png\" is a damaged PNG file"},
      {"PngDeclaringAHundredThousandPixelsASide",
       [](const TempSite& s) { WriteImage(s, "figur.png", PngDeclaring(100000, 100000)); },
       kPkg, 15, 1, "is 100,000 × 100,000 pixels; an image may be at most 10,000"},
      {"EmptyImageFile", [](const TempSite& s) { WriteImage(s, "figur.png", ""); }, kPkg, 15, 1,
       "image \"assets/figur.png\" is an empty file"},
      {"GifNamedPng",
       [](const TempSite& s) {
         WriteImage(s, "figur.png", std::string("GIF89a\x01\x00\x01\x00\x80\x00\x00", 13));
       },
       kPkg, 15, 1, "is in GIF format, though its name ends in .png"},
      {"TruncatedJpeg",
       [](const TempSite& s) {
         std::string jpeg = MakeTestJpeg(64, 64);
         WriteImage(s, "foto.jpg", jpeg.substr(0, jpeg.size() / 2));
       },
       kPkg, 15, 1, "image \"assets/foto.jpg\" is a damaged JPEG file"},
      {"TinyJpegDeclaring65500PixelsASide",
       [](const TempSite& s) {
         WriteImage(s, "foto.jpg",
                    std::string("\xFF\xD8\xFF\xC0\x00\x11\x08\xFF\xDC\xFF\xDC\x03\x01\x11\x00"
                                "\x02\x11\x01\x03\x11\x01\xFF\xD9",
                                23));
       },
       kPkg, 15, 1, "is 65,500 × 65,500 pixels"},
  };
}

INSTANTIATE_TEST_SUITE_P(EveryKind, BadInputTest,
                         ::testing::Combine(::testing::ValuesIn(Cases()),
                                            ::testing::Values(Language::kEnglish, Language::kDanish)),
                         [](const ::testing::TestParamInfo<std::tuple<BadInput, Language>>& info) {
                           return std::get<0>(info.param).name +
                                  (std::get<1>(info.param) == Language::kDanish ? "_Danish" : "_English");
                         });

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Inputs that made the old YAML library hang and eat memory without limit,
// or flood the terminal: each must end quickly with one clear error.
// In English and in Danish (the site says which).
class HostileYamlTest : public BothLanguages {
 protected:
  void SetUp() override {
    site_.Write("site.yaml", SiteYaml());
    site_.Write(kPackagePath, kPackage);
  }

  // `klynge <args>` with 20 s and 2 GB at most (no memory cap under
  // AddressSanitizer, whose shadow memory alone is larger); the exit code,
  // 137 when killed.
  int RunBounded(const std::string& args, std::string* err) {
    std::string err_file = site_.root() + "/.stderr";
    std::string command = "cd " + ShellQuote(site_.root()) + " && " + (kSanitized ? "" : "ulimit -v 2097152 && ") +
                          "timeout -s KILL 20 " + ShellQuote(KlyngeBinary()) + " " + args + " >/dev/null 2>" +
                          ShellQuote(err_file) + " </dev/null";
    int status = std::system(command.c_str());
    *err = ReadFile(err_file);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  // Runs check and build; both must fail with exactly the one expected error.
  void ExpectOneError(const std::string& where, const std::string& english, const std::string& danish_text) {
    const std::string& message = danish() ? danish_text : english;
    for (const char* command : {"check", "build"}) {
      std::string err;
      EXPECT_EQ(RunBounded(command, &err), 1) << command << " did not end with exit code 1:\n" << err;
      std::vector<ErrorLine> errors = ParseErrors(err);
      ASSERT_EQ(errors.size(), 1u) << command << ":\n" << err;
      EXPECT_EQ(errors[0].path + ":" + std::to_string(errors[0].line) + ":" + std::to_string(errors[0].column),
                where) << err;
      EXPECT_EQ(errors[0].message, message) << err;
      EXPECT_TRUE(NoLibraryNoise(err));
      EXPECT_LT(err.size(), 2000u) << command << " printed " << err.size() << " bytes";
    }
  }

  TempSite site_;
};

const char* const kStrayComma =
    "a comma here separates nothing: commas go only between the entries of [ ] and { }; remove it, or put "
    "the whole text in quotes";

const char* const kStrayCommaDanish =
    "kommaet her adskiller ingenting: komma bruges kun mellem punkterne i [ ] og { }; fjern det, eller sæt hele "
    "teksten i anførselstegn";

TEST_P(HostileYamlTest, ALoneCommaAsFrontMatter) {
  site_.Write(kPackagePath, "---\n,\n---\nTekst.\n");
  ExpectOneError(std::string(kPkg) + ":2:1", kStrayComma, kStrayCommaDanish);
}

TEST_P(HostileYamlTest, ACommaAfterAWholeProgram) {
  site_.Write("packages/smertebehandling/program.yaml", "{blocks: []},");
  ExpectOneError("content/packages/smertebehandling/program.yaml:1:13", kStrayComma, kStrayCommaDanish);
}

TEST_P(HostileYamlTest, ALineOf200KilobytesOfBrackets) {
  site_.Write("packages/smertebehandling/notes.yaml", std::string(200 * 1024, '[') + "\n");
  ExpectOneError("content/packages/smertebehandling/notes.yaml:1:65",
                 "the values here are nested more than 64 levels deep: a content file needs only a few levels",
                 "værdierne her ligger mere end 64 niveauer inde i hinanden: en indholdsfil behøver kun få niveauer");
}

TEST_P(HostileYamlTest, ABillionLaughs) {
  std::string yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char level = 'b'; level <= 'i'; ++level) {
    std::string previous(1, static_cast<char>(level - 1));
    yaml += std::string(1, level) + ": &" + level + " [";
    for (int i = 0; i < 10; ++i) yaml += (i ? ", *" : "*") + previous;
    yaml += "]\n";
  }
  site_.Write("packages/smertebehandling/notes.yaml", yaml);
  ExpectOneError("content/packages/smertebehandling/notes.yaml:5:36",
                 "the aliases up to here repeat more than 100000 values: aliases of aliases grow without end; "
                 "write the values out instead",
                 "aliasserne indtil her gentager mere end 100000 værdier: aliasser af aliasser vokser uden ende; "
                 "skriv værdierne ud i stedet");
}

KLYNGE_IN_BOTH_LANGUAGES(HostileYamlTest);

class OutputFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.Write("site.yaml", kSiteYaml);
    site_.Write(kPackagePath, kPackage);
  }
  TempSite site_;
};

TEST_F(OutputFolderTest, RefusesANonEmptyOutputFolderWithoutTheMarker) {
  fs::create_directories(site_.root() + "/output");
  { std::ofstream(site_.root() + "/output/notes.txt") << "mine"; }
  std::string err;
  EXPECT_EQ(site_.Run("build", &err), 1) << err;
  EXPECT_NE(err.find("output"), std::string::npos) << "the refusal should name the folder:\n"
                                                   << err;
  EXPECT_EQ(ReadFile(site_.root() + "/output/notes.txt"), "mine");
  EXPECT_EQ(ListFiles(site_.root() + "/output"), std::vector<std::string>{"notes.txt"});
  EXPECT_TRUE(NoLibraryNoise(err));
}

TEST_F(OutputFolderTest, RefusesAChosenOutputFolderThatIsNotKlynges) {
  fs::create_directories(site_.root() + "/mine/sub");
  { std::ofstream(site_.root() + "/mine/sub/photo.jpg") << "jpeg"; }
  std::string err;
  EXPECT_EQ(site_.Run("build --output mine", &err), 1) << err;
  EXPECT_EQ(ReadFile(site_.root() + "/mine/sub/photo.jpg"), "jpeg");
  EXPECT_EQ(ListFiles(site_.root() + "/mine"), std::vector<std::string>{"sub/photo.jpg"});
}

TEST_F(OutputFolderTest, WritesIntoAnEmptyFolderAndRebuildsItsOwnOutput) {
  fs::create_directories(site_.root() + "/output");
  std::string err;
  ASSERT_EQ(site_.Run("build", &err), 0) << err;
  EXPECT_TRUE(fs::exists(site_.root() + "/output/.klynge-output"));
  EXPECT_TRUE(fs::exists(site_.root() + "/output/site/index.html"));
  ASSERT_EQ(site_.Run("build", &err), 0) << "a second build over klynge's own output failed:\n"
                                         << err;
  EXPECT_TRUE(fs::exists(site_.root() + "/output/site/index.html"));
}

TEST_F(OutputFolderTest, RefusesAnOutputPathThatIsAFile) {
  { std::ofstream(site_.root() + "/output") << "a file"; }
  std::string err;
  EXPECT_EQ(site_.Run("build", &err), 1) << err;
  EXPECT_EQ(ReadFile(site_.root() + "/output"), "a file");
}

TEST_F(OutputFolderTest, UsageErrorsExitTwo) {
  for (const char* args : {"", "frobnicate", "build --frobnicate", "build extra-argument",
                           "--root /findes/ikke build", "build --output"}) {
    std::string err, out;
    EXPECT_EQ(site_.Run(args, &err, &out), 2) << "klynge " << args << "\n" << out << err;
    EXPECT_FALSE((err + out).empty()) << "klynge " << args << " said nothing";
  }
  EXPECT_FALSE(fs::exists(site_.root() + "/output")) << "a usage error wrote output";
}

TEST_F(OutputFolderTest, HelpAndVersionExitZero) {
  std::string err, out;
  EXPECT_EQ(site_.Run("--help", &err, &out), 0) << err;
  EXPECT_NE(out.find("build"), std::string::npos) << out;
  EXPECT_EQ(site_.Run("--version", &err, &out), 0) << err;
  EXPECT_FALSE(out.empty());
}

// The counterpart of the image cases: a good PNG and JPEG build, and both
// are in the site and in the package's PDF.
TEST(GoodImageTest, PngAndJpegBuildIntoTheSiteAndThePdf) {
  TempSite site;
  site.Write("site.yaml", kSiteYaml);
  site.Write(kPackagePath, std::string(kPackage) +
                               "\n![Figur](assets/figur.png)\n\n![Foto](assets/foto.jpeg)\n");
  site.Write("packages/smertebehandling/assets/figur.png", MakeTestPng(200, 100));
  site.Write("packages/smertebehandling/assets/foto.jpeg", MakeTestJpeg(120, 90, /*progressive=*/true));
  std::string err;
  ASSERT_EQ(site.Run("build", &err), 0) << err;
  std::string pkg = site.root() + "/output/site/pakker/smertebehandling/";
  EXPECT_TRUE(fs::exists(pkg + "assets/figur.png"));
  EXPECT_TRUE(fs::exists(pkg + "assets/foto.jpeg"));
  std::string pdf = ReadFile(pkg + "pdf/klyngepakke.pdf");
  EXPECT_NE(pdf.find("/Subtype /Image"), std::string::npos);
  EXPECT_NE(pdf.find("/DCTDecode"), std::string::npos) << "the JPEG is embedded as it is";
}

}  // namespace
}  // namespace klynge::testing
