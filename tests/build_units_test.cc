// The build's units: typed ids that survive the manifest's string form, and
// keys that are the hash of each renderer's input, so that an edit re-renders
// exactly the units whose input it changes.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>

#include "pipeline/build_units.h"
#include "pipeline/unit_id.h"
#include "support/site_catalog.h"

namespace klynge {
namespace {

TEST(UnitIdTest, EveryIdSurvivesItsManifestName) {
  for (const UnitId& id : {UnitId::PackagePdf("smertebehandling", "program"), UnitId::ClusterPack("vest"),
                           UnitId::PackagePages("smertebehandling"), UnitId::SiteIndex()}) {
    std::optional<UnitId> back = UnitId::FromName(id.Name());
    ASSERT_TRUE(back.has_value()) << id.Name();
    EXPECT_EQ(*back, id) << id.Name();
  }
  EXPECT_EQ(UnitId::PackagePdf("a", "b").Name(), "pdf:a/b");
  EXPECT_EQ(UnitId::PackagePdf("a", "b").part(), BuildPart::kPdf);
  EXPECT_EQ(UnitId::ClusterPack("a").part(), BuildPart::kClusters);
  EXPECT_EQ(UnitId::PackagePages("a").part(), BuildPart::kSite);
  EXPECT_EQ(UnitId::SiteIndex().part(), BuildPart::kSite);
}

TEST(UnitIdTest, NamesThisKlyngeDoesNotMakeAreNoIds) {
  EXPECT_FALSE(UnitId::FromName("pdf:smertebehandling").has_value());  // an older whole-package unit
  EXPECT_FALSE(UnitId::FromName("fonts").has_value());
  EXPECT_FALSE(UnitId::FromName("").has_value());
}

class BuildUnitsTest : public ::testing::Test {
 protected:
  BuildUnitsTest() : catalog_(testing::FullCatalog()), theme_(testing::SourceTheme()) {
    ClusterEdition cluster;
    cluster.slug = "vest";
    cluster.package = "smertebehandling";
    catalog_.clusters.push_back(cluster);
    snapshot_.files["binary"] = 1;
    snapshot_.files["content/site.yaml"] = 2;
    snapshot_.files["theme/templates/layout.mustache"] = 3;
    snapshot_.files["content/clusters/vest/cluster.yaml"] = 4;
    for (const Package& p : catalog_.packages) snapshot_.files["content/packages/" + p.slug + "/package.md"] = 5;
  }

  // Every unit's key, by its manifest name.
  std::map<std::string, uint64_t> Keys(const BuildClock& clock = {}) const {
    BuildUnits units(catalog_, theme_, clock, &snapshot_);
    std::vector<Unit> all;
    EXPECT_TRUE(units.First({BuildPart::kPdf, BuildPart::kClusters}, &all).ok());
    for (Unit& unit : units.Second({BuildPart::kSite}, testing::FullDocuments())) all.push_back(std::move(unit));
    std::map<std::string, uint64_t> keys;
    for (const Unit& unit : all) keys[unit.id.Name()] = unit.key;
    return keys;
  }

  // The names of the units in both whose key differs between `before` and `after`.
  static std::vector<std::string> Changed(const std::map<std::string, uint64_t>& before,
                                          const std::map<std::string, uint64_t>& after) {
    std::vector<std::string> changed;
    for (const auto& [name, key] : after)
      if (before.count(name) && before.at(name) != key) changed.push_back(name);
    return changed;
  }

  Catalog catalog_;
  Theme theme_;
  InputSnapshot snapshot_;
};

TEST_F(BuildUnitsTest, EachPublishedDocumentIsAUnitAndDraftsHaveNone) {
  std::map<std::string, uint64_t> keys = Keys();
  EXPECT_TRUE(keys.count("pdf:smertebehandling/program"));
  EXPECT_TRUE(keys.count("pdf:smertebehandling/klyngepakke"));
  EXPECT_TRUE(keys.count("page:smertebehandling"));
  EXPECT_TRUE(keys.count("cluster:vest"));
  EXPECT_TRUE(keys.count("site"));
  for (const auto& [name, key] : keys) EXPECT_EQ(name.find("hemmelig"), std::string::npos) << name;
}

TEST_F(BuildUnitsTest, APackagesFolderIsInItsOwnUnitsTheClusterOfItAndTheIndexOnly) {
  std::map<std::string, uint64_t> before = Keys();
  snapshot_.files["content/packages/antibiotika/package.md"] = 6;
  for (const std::string& name : Changed(before, Keys()))
    EXPECT_TRUE(name.starts_with("pdf:antibiotika/") || name == "page:antibiotika" || name == "site") << name;
  std::vector<std::string> changed = Changed(before, Keys());
  EXPECT_NE(std::find(changed.begin(), changed.end(), "pdf:antibiotika/klyngepakke"), changed.end());
  EXPECT_NE(std::find(changed.begin(), changed.end(), "page:antibiotika"), changed.end());
}

TEST_F(BuildUnitsTest, TheClockIsInTheClusterPacksKeysAndNoOther) {
  std::map<std::string, uint64_t> before = Keys();
  BuildClock clock;
  clock.epoch_seconds = 1700000000;
  EXPECT_EQ(Changed(before, Keys(clock)), std::vector<std::string>{"cluster:vest"});
}

TEST_F(BuildUnitsTest, PublishingAPackageChangesWhatEveryLinkCanReach) {
  std::map<std::string, uint64_t> before = Keys();
  for (Package& p : catalog_.packages) p.draft = false;
  std::map<std::string, uint64_t> after = Keys();
  EXPECT_TRUE(after.count("pdf:hemmelig/klyngepakke"));
  std::vector<std::string> changed = Changed(before, after);
  // Its links resolve now, in every PDF and every page.
  EXPECT_NE(std::find(changed.begin(), changed.end(), "pdf:antibiotika/klyngepakke"), changed.end());
  EXPECT_NE(std::find(changed.begin(), changed.end(), "page:antibiotika"), changed.end());
  EXPECT_NE(std::find(changed.begin(), changed.end(), "cluster:vest"), changed.end());
}

TEST_F(BuildUnitsTest, APackagePageIsKeyedOnWhatItShowsOfTheOthers) {
  std::map<std::string, uint64_t> before = Keys();
  // The follow-up's title is on its parent's page, and on no other package's.
  for (Package& p : catalog_.packages)
    if (p.follow_up) p.title += " (ny)";
  std::vector<std::string> changed = Changed(before, Keys());
  EXPECT_NE(std::find(changed.begin(), changed.end(), "page:smertebehandling"), changed.end());
  EXPECT_EQ(std::find(changed.begin(), changed.end(), "page:antibiotika"), changed.end());
  for (const std::string& name : changed) EXPECT_FALSE(name.starts_with("pdf:")) << name;
}

TEST_F(BuildUnitsTest, ThePdfSizesAreInThePagesThatListThem) {
  BuildUnits units(catalog_, theme_, {}, &snapshot_);
  PackageDocuments listed = testing::FullDocuments();
  std::map<std::string, uint64_t> before, after;
  for (const Unit& unit : units.Second({BuildPart::kSite}, listed)) before[unit.id.Name()] = unit.key;
  listed["smertebehandling"].front().bytes += 1000;
  BuildUnits again(catalog_, theme_, {}, &snapshot_);
  for (const Unit& unit : again.Second({BuildPart::kSite}, listed)) after[unit.id.Name()] = unit.key;
  EXPECT_EQ(Changed(before, after), (std::vector<std::string>{"page:smertebehandling", "site"}));
}

TEST_F(BuildUnitsTest, AClusterWithoutItsPackageFailsTheBuild) {
  catalog_.clusters.front().package = "findes-ikke";
  BuildUnits units(catalog_, theme_, {}, &snapshot_);
  std::vector<Unit> all;
  Status status = units.First({BuildPart::kClusters}, &all);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(), "clusters/vest: no package `findes-ikke`");
}

}  // namespace
}  // namespace klynge
