// The parse caches a rebuild reads instead of parsing again: a cached tree or
// Markdown body's facts must be exactly what parsing gives, bytes that are
// not the cache's own must never be trusted, and a build from the cache must
// give the same output and the same diagnostics as a build without it.

#include <cmark-gfm-core-extensions.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>

#include "cache/build_manifest.h"
#include "load/yaml_cache.h"
#include "load/yaml_reader.h"
#include "load/yaml_tree_codec.h"
#include "markdown/markdown_facts.h"
#include "support/file_tree.h"
#include "support/run_klynge.h"
#include "support/temp_site.h"

namespace klynge::testing {
namespace {

namespace fs = std::filesystem;

// Every field of two trees, with aliases still sharing one node.
void ExpectSameTree(const YamlNode* a, const YamlNode* b, std::map<const YamlNode*, const YamlNode*>* seen) {
  ASSERT_TRUE(a && b);
  auto it = seen->find(a);
  if (it != seen->end()) {
    EXPECT_EQ(it->second, b) << "an alias no longer shares its anchor's node";
    return;
  }
  (*seen)[a] = b;
  EXPECT_EQ(a->kind(), b->kind());
  EXPECT_EQ(a->style(), b->style());
  EXPECT_EQ(a->mark().line, b->mark().line);
  EXPECT_EQ(a->mark().column, b->mark().column);
  EXPECT_EQ(a->text(), b->text());
  ASSERT_EQ(a->items().size(), b->items().size());
  for (size_t i = 0; i < a->items().size(); ++i) ExpectSameTree(a->items()[i], b->items()[i], seen);
  ASSERT_EQ(a->pairs().size(), b->pairs().size());
  for (size_t i = 0; i < a->pairs().size(); ++i) {
    ExpectSameTree(a->pairs()[i].key, b->pairs()[i].key, seen);
    ExpectSameTree(a->pairs()[i].value, b->pairs()[i].value, seen);
  }
}

const char* const kYaml =
    "title: \"Opioider i almen praksis\"\n"
    "blocks:\n"
    "  - &blok {title: Hvad vil vi ændre?, minutes: 20}\n"
    "  - *blok\n"
    "  - text: |\n"
    "      Første linje\n"
    "      anden linje\n"
    "    note: >-\n"
    "      foldet\n"
    "      tekst\n"
    "'citeret nøgle': ~\n";

TEST(YamlTreeCodecTest, ADecodedTreeIsTheParsedTreeWithEveryMarkAndStyle) {
  YamlReadResult parsed = ReadYaml(kYaml);
  ASSERT_TRUE(parsed.tree);
  std::shared_ptr<const YamlTree> decoded = DecodeYamlTree(EncodeYamlTree(*parsed.tree));
  ASSERT_TRUE(decoded);
  std::map<const YamlNode*, const YamlNode*> seen;
  ExpectSameTree(parsed.tree->root(), decoded->root(), &seen);
  const YamlNode* blocks = decoded->root()->Find("blocks");
  ASSERT_TRUE(blocks && blocks->items().size() == 3);
  EXPECT_EQ(blocks->items()[0], blocks->items()[1]) << "the alias is its anchor's node";
  EXPECT_EQ(blocks->items()[0]->Find("title")->text(), "Hvad vil vi ændre?");
}

TEST(YamlTreeCodecTest, EveryCutOrChangedByteIsRefusedOrReadSafely) {
  YamlReadResult parsed = ReadYaml(kYaml);
  ASSERT_TRUE(parsed.tree);
  std::string bytes = EncodeYamlTree(*parsed.tree);
  for (size_t n = 0; n < bytes.size(); ++n)
    EXPECT_EQ(DecodeYamlTree(bytes.substr(0, n)), nullptr) << "cut at " << n;
  EXPECT_EQ(DecodeYamlTree(bytes + "x"), nullptr);
  // A flipped byte must give nullptr or a tree that can be walked to its end.
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string changed = bytes;
    changed[i] = static_cast<char>(changed[i] ^ 0x5a);
    std::shared_ptr<const YamlTree> tree = DecodeYamlTree(changed);
    if (!tree) continue;
    size_t visited = 0;
    std::function<void(const YamlNode*)> walk = [&](const YamlNode* n) {
      ASSERT_LT(++visited, 100000u) << "flipping byte " << i << " made a cycle";
      for (const YamlNode* item : n->items()) walk(item);
      for (const YamlPair& p : n->pairs()) walk(p.key), walk(p.value);
    };
    walk(tree->root());
  }
}

TEST(YamlTreeCodecTest, ANodeThatNamesItselfIsRefused) {
  // One sequence node whose only item is node 0, itself: a cycle.
  std::string bytes;
  auto u32 = [&](uint32_t v) { bytes.append(reinterpret_cast<const char*>(&v), 4); };
  u32(1);
  bytes += '\x01';  // sequence
  bytes += '\x00';
  u32(1), u32(1), u32(0);  // line, column, no text
  u32(1), u32(0);          // one item: node 0
  u32(0);                  // no pairs
  EXPECT_EQ(DecodeYamlTree(bytes), nullptr);
}

TEST(YamlCacheTest, EncodedEntriesAreFoundAgainOnlyByTheSameKlyngeAndText) {
  YamlCache cache;
  YamlReadResult parsed = ReadYaml(kYaml);
  cache.Store(kYaml, parsed.tree);
  std::string bytes = cache.Encode(42);
  EXPECT_EQ(bytes, cache.Encode(42)) << "the same entries give the same bytes";

  YamlCache again;
  ASSERT_TRUE(again.Decode(bytes, 42));
  EXPECT_FALSE(again.changed());
  EXPECT_EQ(again.Find(std::string(kYaml) + " "), nullptr);
  std::shared_ptr<const YamlTree> found = again.Find(kYaml);
  ASSERT_TRUE(found);
  std::map<const YamlNode*, const YamlNode*> seen;
  ExpectSameTree(parsed.tree->root(), found->root(), &seen);

  YamlCache other;
  EXPECT_FALSE(other.Decode(bytes, 43)) << "another klynge's cache is not read";
  EXPECT_FALSE(other.Decode(bytes.substr(0, bytes.size() - 1), 42));
  EXPECT_FALSE(other.Decode("garbage", 42));
  EXPECT_EQ(other.size(), 0u);
}

TEST(YamlCacheTest, EntriesNotFoundInABuildAreDroppedAndMarkTheCacheChanged) {
  YamlCache cache;
  cache.Store("a: 1\n", ReadYaml("a: 1\n").tree);
  cache.Store("b: 2\n", ReadYaml("b: 2\n").tree);
  YamlCache again;
  ASSERT_TRUE(again.Decode(cache.Encode(7), 7));
  ASSERT_TRUE(again.Find("a: 1\n"));
  again.DropUnused();
  EXPECT_TRUE(again.changed());
  EXPECT_EQ(again.size(), 1u);
  EXPECT_EQ(again.Find("b: 2\n"), nullptr);
}

TEST(MarkdownFactsTest, LinksKeepTheirPlacesAndTheTextIsReadOnce) {
  cmark_gfm_core_extensions_ensure_registered();
  MarkdownText text{"Indledning med [en kilde](../anden-pakke/).\n\n# Overskrift\n\n![Figur](assets/figur.png)\n",
                    "content/packages/x/package.md", 5, 1};
  MarkdownFacts facts = ReadMarkdownFacts(text);
  EXPECT_TRUE(facts.problems.empty());
  ASSERT_EQ(facts.links.size(), 2u);
  EXPECT_FALSE(facts.links[0].image);
  EXPECT_EQ(facts.links[0].url, "../anden-pakke/");
  EXPECT_EQ(facts.links[0].line, 1);
  EXPECT_EQ(facts.links[0].column, 16);
  EXPECT_TRUE(facts.links[1].image);
  EXPECT_EQ(facts.links[1].url, "assets/figur.png");
  EXPECT_EQ(facts.first_paragraph, "Indledning med en kilde.");
  EXPECT_EQ(facts.index_text, "Indledning med en kilde. Overskrift Figur");

  std::string bytes = EncodeMarkdownFacts(facts);
  std::shared_ptr<const MarkdownFacts> decoded = DecodeMarkdownFacts(bytes);
  ASSERT_TRUE(decoded);
  EXPECT_EQ(EncodeMarkdownFacts(*decoded), bytes);
  for (size_t n = 0; n < bytes.size(); ++n) EXPECT_EQ(DecodeMarkdownFacts(bytes.substr(0, n)), nullptr);
}

TEST(MarkdownFactsTest, TextOverALimitHasItsProblemAndNoLinks) {
  MarkdownText text{std::string(300 * 1024, 'a'), "p.md", 1, 1};
  MarkdownFacts facts = ReadMarkdownFacts(text);
  EXPECT_FALSE(facts.problems.empty());
  EXPECT_TRUE(facts.links.empty());
}

// End to end, with the real binary over a copy of the sample site.
class StoredParseCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(root_);
    fs::copy(SampleRoot() + "/content", root_ / "content", fs::copy_options::recursive);
    fs::copy(SampleRoot() + "/themes", root_ / "themes", fs::copy_options::recursive);
  }
  RunResult Build(const std::string& out) { return RunKlynge(root_.string(), "build --output " + ShellQuote(out)); }
  std::string Package(const std::string& slug) const {
    for (const auto& e : fs::directory_iterator(root_ / "content" / "packages"))
      if (e.path().filename() == slug) return e.path().string();
    return "";
  }

  TempSite scratch_;
  fs::path root_ = fs::path(scratch_.root()) / "site";
  std::string out_ = scratch_.root() + "/output";
};

// The file's identity: the writer replaces a file it writes, so a new inode
// or time means it was written again.
std::pair<ino_t, int64_t> Stamp(const fs::path& path) {
  struct stat st{};
  ::stat(path.c_str(), &st);
  return {st.st_ino, static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

TEST_F(StoredParseCacheTest, ARebuildReadsTheCachesAndRewritesOnlyTheOneThatChanged) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  fs::path yaml = fs::path(out_) / kYamlCacheName, markdown = fs::path(out_) / kMarkdownCacheName;
  ASSERT_TRUE(fs::is_regular_file(yaml));
  ASSERT_TRUE(fs::is_regular_file(markdown));
  EXPECT_FALSE(fs::exists(fs::path(out_) / "site" / kYamlCacheName)) << "the caches are never deployed";
  auto yaml_before = Stamp(yaml), markdown_before = Stamp(markdown);
  // A new sentence in a body: its front matter (YAML) is as it was.
  std::ofstream(Package("smertebehandling") + "/package.md", std::ios::app) << "\nEn ny sætning.\n";
  ASSERT_EQ(Build(out_).exit_code, 0);
  // Had the rebuild not read the YAML cache, every tree would have been
  // stored anew and the file written again.
  EXPECT_EQ(Stamp(yaml), yaml_before) << "the YAML cache was not read, or written with nothing changed";
  EXPECT_NE(Stamp(markdown), markdown_before) << "the edited body's facts are not in the cache";
}

TEST_F(StoredParseCacheTest, ACorruptCacheIsIgnoredAndTheOutputIsAsAfterACleanBuild) {
  ASSERT_EQ(Build(out_).exit_code, 0);
  std::string body = Package("smertebehandling") + "/package.md";
  ASSERT_FALSE(body.empty() || !fs::exists(body));
  std::ofstream(body, std::ios::app) << "\nEn ny sætning.\n";
  // Damage both caches: cut one short, overwrite the other's middle.
  fs::resize_file(fs::path(out_) / kYamlCacheName, fs::file_size(fs::path(out_) / kYamlCacheName) / 2);
  {
    std::fstream f(fs::path(out_) / kMarkdownCacheName, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(40);
    f << std::string(64, '\xff');
  }
  RunResult inc = Build(out_);
  ASSERT_EQ(inc.exit_code, 0) << inc.err;
  std::string clean = scratch_.root() + "/clean";
  ASSERT_EQ(Build(clean).exit_code, 0);
  EXPECT_EQ(DiffTrees(SnapshotTree(clean), SnapshotTree(out_)), "");
}

TEST_F(StoredParseCacheTest, ACachedBodysLinkIsCheckedAgainstTodaysContent) {
  // smertebehandling's body is cached with its links; removing the package a
  // link names must still fail the next build at that link.
  std::string body = Package("smertebehandling") + "/package.md";
  std::string before = ReadFile(body);
  ASSERT_EQ(before.back(), '\n');
  int line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 2;
  std::ofstream(body, std::ios::app) << "\nSe også [luftvejene](../nedre-luftvejsinfektioner/).\n";
  RunResult first = Build(out_);
  ASSERT_EQ(first.exit_code, 0) << "the link's target exists at first: " << first.err;
  fs::remove_all(root_ / "content" / "packages" / "nedre-luftvejsinfektioner");
  RunResult after = Build(out_);
  EXPECT_EQ(after.exit_code, 1);
  EXPECT_NE(after.err.find("smertebehandling/package.md:" + std::to_string(line) + ":9: error: link "
                           "\"../nedre-luftvejsinfektioner/\" names a package that does not exist"),
            std::string::npos)
      << after.err;
}

}  // namespace
}  // namespace klynge::testing
