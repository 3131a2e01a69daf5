#include "validate/package_validator.h"

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>

#include "support/expect_diagnostic.h"
#include "support/temp_site.h"

namespace klynge {
namespace {

using testing::HasError;
using testing::HasWarning;
using testing::TempSite;

const char* const kSiteWithTopics =
    "title: Klyngepakker\n"
    "organisation: KiAP\n"
    "base_url: https://klyngepakker.example.dk/\n"
    "topics: [Medicin, Infektioner]\n";

class PackageValidatorTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { cmark_gfm_core_extensions_ensure_registered(); }

  void SetUp() override {
    site_.Write("site.yaml", kSiteWithTopics);
    site_.Write("packages/dosisdispensering/package.md", testing::kPackageMd);
  }

  // Writes packages/smertebehandling/package.md with `front` as its front matter.
  void WritePackage(const std::string& front, const std::string& body = "Tekst.\n") {
    site_.Write("packages/smertebehandling/package.md", "---\n" + front + "---\n" + body);
  }

  std::string Path() const { return site_.content() + "/packages/smertebehandling/package.md"; }

  Catalog Check() {
    diags_ = Diagnostics();
    return site_.Check(&diags_);
  }

  TempSite site_;
  Diagnostics diags_;
};

// The required keys, to which each test adds what it checks.
const char* const kRequired =
    "title: Smertebehandling\n"
    "topic: Medicin\n"
    "provider: KAP-H\n"
    "duration: 150\n";

TEST_F(PackageValidatorTest, FullFrontMatterBuildsThePackage) {
  site_.Write("packages/smertebehandling/assets/slides.pdf", "%PDF");
  WritePackage(
      "title: Smertebehandling\n"
      "question: Kan forbruget af opioider i din klinik blive mindre?\n"
      "summary: Om opioider.\n"
      "topic: Medicin\n"
      "tags: [opioider, smerter]\n"
      "kind: follow-up\n"
      "follows: dosisdispensering\n"
      "related: [dosisdispensering]\n"
      "provider: KAP-H's medicinteam\n"
      "price: Gratis\n"
      "duration: 150\n"
      "order_weeks_before: 8\n"
      "contact: {email: kap@example.dk, phone: \"70 00 00 00\"}\n"
      "links:\n"
      "  - {title: Vejledning, url: \"https://www.sst.dk/opioider\"}\n"
      "  - {title: Skriv til os, url: \"mailto:kap@example.dk\"}\n"
      "indicators:\n"
      "  - id: opioid-3m\n"
      "    title: Patienter 25+ år med opioid i 3 mdr. eller mere\n"
      "    unit: pr. 1.000 tilmeldte\n"
      "    better: lower\n"
      "    description: Se **definitionen**.\n"
      "  - id: morfin-andel\n"
      "    title: Andel morfin\n"
      "    per: 100\n"
      "    better: higher\n"
      "materials:\n"
      "  - {title: Slides, kind: slides, url: assets/slides.pdf}\n"
      "  - {title: Video, kind: video, url: \"https://video.example.dk/1\"}\n"
      "  - {title: Spørgeskema, kind: questionnaire}\n"
      "revised: 2023-06-21\n"
      "draft: true\n",
      "Formålet med pakken.\n");
  Catalog catalog = Check();
  EXPECT_FALSE(diags_.HasErrors()) << testing::Describe(diags_);
  EXPECT_EQ(diags_.warning_count(), 0) << testing::Describe(diags_);
  const Package* p = catalog.FindPackage("smertebehandling");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->title, "Smertebehandling");
  EXPECT_EQ(p->question, "Kan forbruget af opioider i din klinik blive mindre?");
  EXPECT_EQ(p->summary, "Om opioider.");
  EXPECT_EQ(p->topic, "Medicin");
  EXPECT_EQ(p->tags, (std::vector<std::string>{"opioider", "smerter"}));
  EXPECT_TRUE(p->follow_up);
  EXPECT_EQ(p->follows, "dosisdispensering");
  EXPECT_EQ(p->related, (std::vector<std::string>{"dosisdispensering"}));
  EXPECT_EQ(p->provider, "KAP-H's medicinteam");
  EXPECT_EQ(p->price, "Gratis");
  EXPECT_EQ(p->duration_minutes, 150);
  EXPECT_EQ(p->order_weeks_before, 8);
  ASSERT_TRUE(p->contact);
  EXPECT_EQ(p->contact->email, "kap@example.dk");
  EXPECT_EQ(p->contact->phone, "70 00 00 00");
  ASSERT_EQ(p->links.size(), 2u);
  EXPECT_EQ(p->links[1].url, "mailto:kap@example.dk");
  ASSERT_EQ(p->indicators.size(), 2u);
  EXPECT_EQ(p->indicators[0].id, "opioid-3m");
  EXPECT_EQ(p->indicators[0].per, 1000);
  EXPECT_TRUE(p->indicators[0].lower_is_better);
  EXPECT_EQ(p->indicators[0].unit, "pr. 1.000 tilmeldte");
  EXPECT_EQ(p->indicators[0].description.text, "Se **definitionen**.");
  EXPECT_EQ(p->indicators[0].description.first_line, 23);
  EXPECT_EQ(p->indicators[1].per, 100);
  EXPECT_FALSE(p->indicators[1].lower_is_better);
  ASSERT_EQ(p->materials.size(), 3u);
  EXPECT_EQ(p->materials[0].url, "assets/slides.pdf");
  EXPECT_EQ(p->materials[2].kind, "questionnaire");
  EXPECT_EQ(p->materials[2].url, "");
  ASSERT_TRUE(p->revised);
  EXPECT_EQ(p->revised->Iso(), "2023-06-21");
  EXPECT_TRUE(p->draft);
  EXPECT_EQ(p->body.text, "Formålet med pakken.\n");
  EXPECT_EQ(p->body.first_line, 35);
  ASSERT_EQ(p->assets.size(), 1u);
  EXPECT_EQ(p->assets[0].rel, "assets/slides.pdf");
}

TEST_F(PackageValidatorTest, DefaultsForOptionalKeys) {
  WritePackage(kRequired);
  Catalog catalog = Check();
  EXPECT_FALSE(diags_.HasErrors()) << testing::Describe(diags_);
  const Package* p = catalog.FindPackage("smertebehandling");
  ASSERT_NE(p, nullptr);
  EXPECT_FALSE(p->follow_up);
  EXPECT_FALSE(p->draft);
  EXPECT_FALSE(p->order_weeks_before);
  EXPECT_FALSE(p->contact);
  EXPECT_FALSE(p->revised);
  EXPECT_TRUE(p->indicators.empty());
}

TEST_F(PackageValidatorTest, PackagesAreSortedBySlug) {
  WritePackage(kRequired);
  site_.Write("packages/antibiotika/package.md", testing::kPackageMd);
  Catalog catalog = Check();
  ASSERT_EQ(catalog.packages.size(), 3u) << testing::Describe(diags_);
  EXPECT_EQ(catalog.packages[0].slug, "antibiotika");
  EXPECT_EQ(catalog.packages[1].slug, "dosisdispensering");
  EXPECT_EQ(catalog.packages[2].slug, "smertebehandling");
}

TEST_F(PackageValidatorTest, MissingRequiredKeysAreErrorsAtTheFrontMatter) {
  WritePackage("question: Hvorfor?\n");
  Check();
  for (const char* key : {"title", "topic", "provider", "duration"}) {
    EXPECT_TRUE(HasError(diags_, Path(), 2, 1,
                         std::string("package.md's front matter is missing the required key `") + key + "`"));
  }
}

TEST_F(PackageValidatorTest, TopicMustBeInSiteTopics) {
  WritePackage("title: Smertebehandling\ntopic: Medicn\nprovider: KAP-H\nduration: 150\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 3, 8,
                       "topic \"Medicn\" is not in site.yaml's `topics` (Medicin, Infektioner) "
                       "(did you mean `Medicin`?)"));
}

TEST_F(PackageValidatorTest, AnyTopicWhenTheSiteListsNone) {
  site_.Write("site.yaml", testing::kSiteYaml);
  WritePackage("title: Smertebehandling\ntopic: Samarbejde\nprovider: KAP-H\nduration: 150\n");
  Check();
  EXPECT_FALSE(diags_.HasErrors()) << testing::Describe(diags_);
}

TEST_F(PackageValidatorTest, DurationMustBeAPositiveWholeNumber) {
  WritePackage("title: Smertebehandling\ntopic: Medicin\nprovider: KAP-H\nduration: 0\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 5, 11, "`duration` must be at least 1, found 0"));
  WritePackage("title: Smertebehandling\ntopic: Medicin\nprovider: KAP-H\nduration: 2 timer\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 5, 11, "`duration` must be a whole number, found \"2 timer\""));
  WritePackage("title: Smertebehandling\ntopic: Medicin\nprovider: KAP-H\nduration: 90.5\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 5, 11, "`duration` must be a whole number, found \"90.5\""));
}

TEST_F(PackageValidatorTest, OrderWeeksBeforeMustNotBeNegative) {
  WritePackage(std::string(kRequired) + "order_weeks_before: -2\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 6, 21, "`order_weeks_before` must be 0 or more, found -2"));
}

TEST_F(PackageValidatorTest, KindMustBePackageOrFollowUp) {
  WritePackage(std::string(kRequired) + "kind: opfølgning\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 6, 7,
                       "`kind` must be one of package, follow-up, found \"opfølgning\""));
}

TEST_F(PackageValidatorTest, FollowUpNeedsFollows) {
  WritePackage(std::string(kRequired) + "kind: follow-up\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 6, 7,
                       "a follow-up package needs `follows`: the slug of the package it follows up"));
}

TEST_F(PackageValidatorTest, FollowsMustExist) {
  WritePackage(std::string(kRequired) + "kind: follow-up\nfollows: dosisdispenering\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 7, 10,
                       "`follows` names a package that does not exist: \"dosisdispenering\" "
                       "(did you mean `dosisdispensering`?)"));
}

TEST_F(PackageValidatorTest, FollowsMustNotBeItself) {
  WritePackage(std::string(kRequired) + "kind: follow-up\nfollows: smertebehandling\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 7, 10,
                       "`follows` names this package itself (\"smertebehandling\")"));
}

TEST_F(PackageValidatorTest, FollowsWithoutFollowUpIsAWarning) {
  WritePackage(std::string(kRequired) + "follows: dosisdispensering\n");
  Catalog catalog = Check();
  EXPECT_TRUE(HasWarning(diags_, Path(), 6, 1, "`follows` is ignored unless `kind` is follow-up"));
  EXPECT_FALSE(diags_.HasErrors()) << testing::Describe(diags_);
}

TEST_F(PackageValidatorTest, RelatedSlugsMustExist) {
  WritePackage(std::string(kRequired) +
               "related:\n"
               "  - dosisdispensering\n"
               "  - antibiotika\n"
               "  - Antibiotika Nu\n"
               "  - dosisdispensering\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 8, 5, "`related` names a package that does not exist: \"antibiotika\""));
  EXPECT_TRUE(HasError(diags_, Path(), 9, 5,
                       "each entry of `related` must be a package slug such as dosisdispensering, "
                       "found \"Antibiotika Nu\""));
  EXPECT_TRUE(HasWarning(diags_, Path(), 10, 5, "package \"dosisdispensering\" is listed twice in `related`"));
}

TEST_F(PackageValidatorTest, RelatedDraftIsAWarning) {
  site_.Write("packages/kladde/package.md", std::string("---\n") + kRequired + "draft: true\n---\n");
  WritePackage(std::string(kRequired) + "related: [kladde]\n");
  Check();
  EXPECT_TRUE(HasWarning(diags_, Path(), 6, 11,
                         "`related` names \"kladde\", a draft package: it is not shown until it is published"));
  EXPECT_EQ(diags_.error_count(), 0) << testing::Describe(diags_);
}

TEST_F(PackageValidatorTest, ContactIsCheckedLikeTheSites) {
  WritePackage(std::string(kRequired) + "contact:\n  email: kap.example.dk\n  fax: 1234\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 7, 10,
                       "`email` must be an e-mail address such as klynger@example.dk"));
  EXPECT_TRUE(HasWarning(diags_, Path(), 8, 3, "unknown key `fax` in `contact` is ignored"));
}

TEST_F(PackageValidatorTest, LinkUrlsMustBeWebAddresses) {
  WritePackage(std::string(kRequired) +
               "links:\n"
               "  - title: Vejledning\n"
               "    url: www.sst.dk\n"
               "  - url: https://www.sst.dk\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 8, 10,
                       "`url` must be a full address starting with https://, http://, mailto: or tel:, "
                       "found \"www.sst.dk\"; add https:// in front: https://www.sst.dk"));
  EXPECT_TRUE(HasError(diags_, Path(), 9, 5, "a link is missing the required key `title`"));
}

TEST_F(PackageValidatorTest, IndicatorRules) {
  WritePackage(std::string(kRequired) +
               "indicators:\n"
               "  - id: opioid-3m\n"
               "    title: Opioid i 3 mdr.\n"
               "    better: lower\n"
               "  - id: opioid-3m\n"             // line 10
               "    title: Igen\n"
               "    per: 0\n"                    // line 12
               "    better: lavere\n"            // line 13
               "    descripton: x\n"             // line 14
               "  - id: Opioid 3M\n"             // line 15
               "    better: higher\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 10, 9,
                       "indicator id \"opioid-3m\" is used twice in this package (first at line 7)"));
  EXPECT_TRUE(HasError(diags_, Path(), 12, 10, "`per` must be at least 1, found 0"));
  EXPECT_TRUE(HasError(diags_, Path(), 13, 13,
                       "`better` must be one of lower, higher, found \"lavere\""));
  EXPECT_TRUE(HasWarning(diags_, Path(), 14, 5,
                         "unknown key `descripton` in an indicator is ignored (did you mean `description`?)"));
  EXPECT_TRUE(HasError(diags_, Path(), 15, 9,
                       "`id` must be a slug (lower-case a-z, digits, single hyphens), found \"Opioid 3M\""));
  EXPECT_TRUE(HasError(diags_, Path(), 15, 5, "an indicator is missing the required key `title`"));
}

TEST_F(PackageValidatorTest, MaterialRules) {
  site_.Write("packages/smertebehandling/assets/slides.pdf", "%PDF");
  WritePackage(std::string(kRequired) +
               "materials:\n"
               "  - {title: Slides, kind: slide, url: assets/slides.pdf}\n"
               "  - {title: Handout, kind: handout, url: assets/handout.pdf}\n"
               "  - {title: Podcast, kind: podcast, url: \"ftp://x.dk/a.mp3\"}\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 7, 27,
                       "`kind` must be one of slides, video, podcast, handout, questionnaire, other, "
                       "found \"slide\" (did you mean `slides`?)"));
  EXPECT_TRUE(HasError(diags_, Path(), 8, 42,
                       "`url` \"assets/handout.pdf\" names a file that does not exist: "
                       "packages/smertebehandling/assets/handout.pdf (did you mean `assets/slides.pdf`?)"));
  EXPECT_TRUE(HasWarning(diags_, Path(), 9, 42,
                         "`url` \"ftp://x.dk/a.mp3\" is dropped: only http, https, mailto and tel links "
                         "are published, not ftp:"));
}

TEST_F(PackageValidatorTest, RevisedDraftAndTagsHaveTypes) {
  WritePackage(std::string(kRequired) + "revised: 21-06-2023\ndraft: ja\ntags: opioider\n");
  Check();
  EXPECT_TRUE(HasError(diags_, Path(), 6, 10, "`revised` must be a date written YYYY-MM-DD, found \"21-06-2023\""));
  EXPECT_TRUE(HasError(diags_, Path(), 7, 8, "`draft` must be true or false, found \"ja\""));
  EXPECT_TRUE(HasError(diags_, Path(), 8, 7, "`tags` must be a list, found \"opioider\""));
}

TEST_F(PackageValidatorTest, UnknownKeyIsAWarningWithASuggestion) {
  WritePackage(std::string(kRequired) + "durration: 120\n");
  Catalog catalog = Check();
  EXPECT_TRUE(HasWarning(diags_, Path(), 6, 1,
                         "unknown key `durration` in package.md's front matter is ignored "
                         "(did you mean `duration`?)"));
  EXPECT_FALSE(diags_.HasErrors()) << testing::Describe(diags_);
  EXPECT_NE(catalog.FindPackage("smertebehandling"), nullptr);
}

TEST_F(PackageValidatorTest, FrontMatterThatIsNotAMappingIsAnError) {
  WritePackage("- title\n- topic\n");
  Check();
  EXPECT_EQ(diags_.error_count(), 1) << testing::Describe(diags_);
  EXPECT_TRUE(HasError(diags_, Path(), 2, 1,
                       "package.md's front matter must be a mapping of keys to values, found a list"));
}

TEST_F(PackageValidatorTest, EveryProblemInTheFileIsReportedInOneRun) {
  WritePackage(
      "title: Smertebehandling\n"
      "topic: Medicn\n"              // 3
      "provider: KAP-H\n"
      "duration: -5\n"               // 5
      "kind: follow-up\n"            // 6
      "related: [ingen]\n"           // 7
      "draft: måske\n"               // 8
      "prise: Gratis\n",             // 9
      "Se [figuren](assets/figur.png).\n");  // 11
  Check();
  EXPECT_GE(diags_.error_count(), 6) << testing::Describe(diags_);
  EXPECT_TRUE(HasError(diags_, Path(), 3, 8,
                       "topic \"Medicn\" is not in site.yaml's `topics` (Medicin, Infektioner) "
                       "(did you mean `Medicin`?)"));
  EXPECT_TRUE(HasError(diags_, Path(), 5, 11, "`duration` must be at least 1, found -5"));
  EXPECT_TRUE(HasError(diags_, Path(), 6, 7,
                       "a follow-up package needs `follows`: the slug of the package it follows up"));
  EXPECT_TRUE(HasError(diags_, Path(), 7, 11, "`related` names a package that does not exist: \"ingen\""));
  EXPECT_TRUE(HasError(diags_, Path(), 8, 8, "`draft` must be true or false, found \"måske\""));
  EXPECT_TRUE(HasWarning(diags_, Path(), 9, 1,
                         "unknown key `prise` in package.md's front matter is ignored (did you mean `price`?)"));
  EXPECT_TRUE(HasError(diags_, Path(), 11, 4,
                       "link \"assets/figur.png\" names a file that does not exist: "
                       "packages/smertebehandling/assets/figur.png"));
}

}  // namespace
}  // namespace klynge
