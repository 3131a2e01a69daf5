// The one link grammar (markdown/link_target.h) and the one URL it
// publishes from a page or a PDF (render/link_url.h).

#include <gtest/gtest.h>

#include <set>

#include "markdown/link_target.h"
#include "render/link_url.h"

namespace klynge {
namespace {

TEST(LinkTargetTest, TheQueryAndFragmentAreKeptAsWrittenAndThePathIsDecoded) {
  LinkTarget t = ResolveLink("assets/figur%201.png?v=2#side=3", "packages/p");
  EXPECT_EQ(t.kind, LinkKind::kAsset);
  EXPECT_EQ(t.path, "packages/p/assets/figur 1.png");
  EXPECT_EQ(t.fragment, "side=3");
  EXPECT_EQ(t.tail, "?v=2#side=3");
  EXPECT_EQ(t.url, "assets/figur%201.png?v=2#side=3");
  // A '#' inside the query is where the fragment starts; a '?' after it is the fragment's.
  EXPECT_EQ(ResolveLink("../q/#a?b", "packages/p").fragment, "a?b");
  EXPECT_EQ(ResolveLink("../q/#a?b", "packages/p").tail, "#a?b");
}

TEST(LinkTargetTest, TheFolderMayEndInASlash) {
  for (const char* dir : {"packages/p", "packages/p/"}) {
    LinkTarget t = ResolveLink("assets/x.png", dir);
    EXPECT_EQ(t.kind, LinkKind::kAsset) << dir;
    EXPECT_EQ(t.path, "packages/p/assets/x.png") << dir;
  }
  EXPECT_EQ(ResolveLink("andre.md", "stories/").path, "stories/andre.md");
}

TEST(LinkTargetTest, SchemesAreReadOnce) {
  EXPECT_TRUE(IsPublishableScheme("HTTPS://x.dk"));
  EXPECT_TRUE(IsPublishableScheme("tel:70000000"));
  EXPECT_FALSE(IsPublishableScheme("javascript:x"));
  EXPECT_FALSE(IsPublishableScheme("assets/a:b.png"));  // not a scheme: '/' before ':'
  EXPECT_EQ(ResolveLink("file:///etc/passwd", "packages/p").kind, LinkKind::kDropped);
}

TEST(LinkTargetTest, PercentDecodeLeavesBrokenEscapesAlone) {
  EXPECT_EQ(PercentDecode("a%41%2fb"), "aA/b");
  EXPECT_EQ(PercentDecode("a%4g%-1%"), "a%4g%-1%");
}

std::string Url(const std::string& url, const LinkBase& from) {
  return RewriteContentUrl(url, from).value_or("<none>");
}

TEST(UrlForTest, EachKindOfTargetFromAPackagePage) {
  LinkBase from{"packages/a/", "pakker/a/", nullptr};
  EXPECT_EQ(Url("https://www.sst.dk/x?y=1", from), "https://www.sst.dk/x?y=1");
  EXPECT_EQ(Url("mailto:kap@example.dk", from), "mailto:kap@example.dk");
  EXPECT_EQ(Url("#blok-1", from), "#blok-1");
  EXPECT_EQ(Url("assets/x.png", from), "assets/x.png");
  EXPECT_EQ(Url("../b/", from), "../b/index.html");
  EXPECT_EQ(Url("../b/package.md#data", from), "../b/index.html#data");
  EXPECT_EQ(Url("program.yaml", from), "program/index.html");
  EXPECT_EQ(Url("../b/drejebog.yaml", from), "../b/drejebog/index.html");
  EXPECT_EQ(Url("../../stories/aalborg.md", from), "../../historier/aalborg/index.html");
  EXPECT_EQ(Url("../", from), "../../index.html");
  EXPECT_EQ(Url("../../stories/", from), "../../historier/index.html");
  EXPECT_EQ(Url("javascript:alert(1)", from), "<none>");
  EXPECT_EQ(Url("../../clusters/vest/data.csv", from), "<none>");
  EXPECT_EQ(Url("/pakker/a/", from), "<none>");
  EXPECT_EQ(Url("", from), "<none>");
}

TEST(UrlForTest, APackagesPagesAsTheSiteShowsThem) {
  LinkBase from{"packages/a/", "pakker/a/", nullptr};
  EXPECT_EQ(Url("program/", from), "program/index.html");
  EXPECT_EQ(Url("drejebog/#efter", from), "drejebog/index.html#efter");
  EXPECT_EQ(Url("drejebog-kommune/", from), "drejebog-kommune/index.html");
  EXPECT_EQ(Url("../b/drejebog/", from), "../b/drejebog/index.html");
  EXPECT_EQ(Url("../b/program", from), "../b/program/index.html");
  EXPECT_EQ(ResolveLink("program/", "packages/a").path, "packages/a/program.yaml");
  // From the program page itself, and from an e-mail.
  EXPECT_EQ(Url("drejebog/", LinkBase{"packages/a/", "pakker/a/program/", nullptr}), "../drejebog/index.html");
  EXPECT_EQ(Url("program/", LinkBase{"packages/a/", "", nullptr, "https://kiap.dk/"}),
            "https://kiap.dk/pakker/a/program/");
  EXPECT_EQ(ResolveLink("../b/notes/", "packages/a").kind, LinkKind::kBad);
}

TEST(UrlForTest, AStoryFoldersPicturesAndLinks) {
  LinkBase from{"stories/mette/", "historier/mette/", nullptr};
  EXPECT_EQ(ResolveLink("assets/mette.jpg", "stories/mette").kind, LinkKind::kStoryAsset);
  EXPECT_EQ(Url("assets/mette.jpg", from), "assets/mette.jpg");
  EXPECT_EQ(Url("../andre.md", from), "../andre/index.html");
  EXPECT_EQ(Url("../andre/story.md", from), "../andre/index.html");
  EXPECT_EQ(Url("../../packages/b/", from), "../../pakker/b/index.html");
  EXPECT_EQ(Url("../andre/assets/x.png", LinkBase{"stories/", "historier/s/", nullptr}), "<none>");
  EXPECT_EQ(Url("andre/assets/x.png", LinkBase{"stories/", "historier/s/", nullptr}),
            "../andre/assets/x.png");
  LinkTarget picture = ResolveLink("mette.jpg", "stories");
  EXPECT_EQ(picture.kind, LinkKind::kBad);
  EXPECT_NE(picture.problem.find("a story's pictures go in a story folder"), std::string::npos) << picture.problem;
}

TEST(LinkTargetTest, TelephoneNumbersAndBareWebAddresses) {
  EXPECT_TRUE(IsWebUrl("tel:+4570000000"));
  EXPECT_TRUE(IsWebUrl("tel:70-00-00-00"));
  EXPECT_FALSE(IsWebUrl("tel:+45 70 00 00 00"));
  EXPECT_FALSE(IsWebUrl("tel:ring"));
  EXPECT_EQ(ResolveLink("tel:+4570000000", "packages/p").kind, LinkKind::kWeb);
  EXPECT_EQ(ResolveLink("tel:+45 70", "packages/p").kind, LinkKind::kBad);
  LinkTarget www = ResolveLink("www.sundhed.dk", "packages/p");
  EXPECT_EQ(www.kind, LinkKind::kBad);
  EXPECT_EQ(www.problem, "has no scheme; add https:// in front: https://www.sundhed.dk");
  EXPECT_EQ(WebUrlHint("www.sundhed.dk"), "; add https:// in front: https://www.sundhed.dk");
  EXPECT_EQ(WebUrlHint("sundhed"), "");
}

TEST(UrlForTest, AFileNameIsEncodedTheWayTheSiteWritesIt) {
  LinkBase from{"packages/a/", "pakker/a/program/", nullptr};
  EXPECT_EQ(Url("assets/figur%201.png", from), "../assets/figur%201.png");
  EXPECT_EQ(Url("<assets/figur 1.png>", from), "<none>");  // '<' is not where a name starts
  EXPECT_EQ(Url("assets/m%C3%B8de.png", from), "../assets/m%C3%B8de.png");
  EXPECT_EQ(Url("assets/m\xC3\xB8" "de.png", from), "../assets/m%C3%B8de.png");
  // A '%', '?' or '#' decoded from a name is a letter of the name.
  EXPECT_EQ(Url("assets/50%25%3F.png", from), "../assets/50%25%3F.png");
  EXPECT_EQ(Url("assets/a(1).png", from), "../assets/a(1).png");
}

TEST(UrlForTest, DraftsAreNotLinked) {
  std::set<std::string> published = {"a"};
  LinkBase from{"packages/a/", "pakker/a/", &published};
  EXPECT_EQ(Url("../b/", from), "<none>");
  EXPECT_EQ(Url("../b/assets/x.png", from), "<none>");
  EXPECT_EQ(Url("../a/", from), "index.html");
  EXPECT_EQ(Url("../../stories/s.md", from), "../../historier/s/index.html");
}

TEST(UrlForTest, AwayFromTheSiteLinksAreAbsoluteAndAnchorsDropped) {
  LinkBase from{"clusters/vest/", "", nullptr, "https://kiap.dk/"};
  EXPECT_EQ(Url("../../packages/a/#data", from), "https://kiap.dk/pakker/a/#data");
  EXPECT_EQ(Url("#blok-1", from), "<none>");
  EXPECT_EQ(Url("https://www.sst.dk/", from), "https://www.sst.dk/");
  EXPECT_EQ(Url("data.csv", from), "<none>");  // the cluster's folder is private
}

}  // namespace
}  // namespace klynge
