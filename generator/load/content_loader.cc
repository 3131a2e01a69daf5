#include "load/content_loader.h"

#include <algorithm>
#include <filesystem>
#include <limits>
#include <set>

#include "base/file_system.h"

#include "base/messages.h"
#include "base/parallel.h"
#include "base/text.h"
#include "base/utf8.h"
#include "load/folder_fence.h"

namespace klynge {

namespace fs = std::filesystem;

MarkdownDocument SplitFrontMatter(const SourceFile& file, Diagnostics* diags);

const SourceFile* ContentTree::Find(const std::string& display_path) const {
  for (const SourceFile& f : files)
    if (f.path() == display_path) return &f;
  return nullptr;
}

SourceLookup ContentTree::Lookup() const {
  return [this](const std::string& path) { return Find(path); };
}

namespace {

class Loader {
 public:
  Loader(std::string content_dir, unsigned threads, ParseCaches caches, ContentBytes* bytes,
         const FileSystem& fs, Diagnostics* diags)
      : diags_(diags), threads_(threads), cache_(caches.yaml), markdown_cache_(caches.markdown), fs_(fs),
        // Public content may not reach clusters/; the clusters' own files may
        // read anything in content/, since they are never published.
        public_(content_dir, Text(Msg::kFenceContentFolder), {content_dir + "/clusters"}, fs),
        private_(content_dir, Text(Msg::kFenceContentFolder), {}, fs), bytes_(bytes) {
    tree_.content_dir = std::move(content_dir);
  }

  ContentTree Run() {
    const std::string& root = tree_.content_dir;
    if (!IsKind(fs_, root, FileKind::kFolder)) {
      diags_->Error({tree_.content_dir}, Text(Msg::kContentFolderNotFound));
      return std::move(tree_);
    }
    RecordPaths(root);
    bool has_site = false;
    for (const FolderEntry& e : Entries(root)) {
      const std::string& name = e.name;
      if (!MayFollow(e, name == "clusters" ? private_ : public_, name)) {
        if (name == "site.yaml") has_site = true;  // reported: not also "missing"
        continue;
      }
      if (name == "site.yaml" && e.kind == FileKind::kFile) {
        has_site = true;
        tree_.site = LoadYaml(e.path, "site.yaml", public_);
      } else if (name == "packages" && e.kind == FileKind::kFolder) {
        LoadPackages(e.path);
      } else if (name == "stories" && e.kind == FileKind::kFolder) {
        LoadStories(e.path);
      } else if (name == "pages" && e.kind == FileKind::kFolder) {
        LoadFreePages(e.path);
      } else if (name == "clusters" && e.kind == FileKind::kFolder) {
        LoadClusters(e.path);
      } else {
        diags_->Warning({Display(name)}, Text(Msg::kUnknownInContentFolder));
      }
    }
    if (!has_site) diags_->Error({Display("site.yaml")}, Text(Msg::kSiteYamlMissing));
    ParseAll();
    return std::move(tree_);
  }

 private:
  std::string Display(const std::string& rel) const {
    return (fs::path(tree_.content_dir) / rel).lexically_normal().generic_string();
  }

  // The file's bytes: those the input snapshot read (through the same
  // fences) and hashed, else read here through `fence`.
  FencedRead Read(const std::string& path, const std::string& rel, const FolderFence& fence,
                  size_t max_bytes, std::string* out) {
    if (bytes_) {
      auto it = bytes_->find(rel);
      if (it != bytes_->end()) {
        FencedRead read;
        read.result = it->second.size() > max_bytes ? FencedRead::Result::kTooLarge : FencedRead::Result::kOk;
        *out = std::move(it->second);
        bytes_->erase(it);
        return read;
      }
    }
    return ReadFenced(path, fence, max_bytes, out);
  }

  // Sorted entries of a folder, hidden ones (".gitkeep", ".DS_Store") skipped.
  // A folder that cannot be read is an error at it: the build stops rather
  // than publish a site with part of its content missing.
  std::vector<FolderEntry> Entries(const std::string& dir, bool hidden = false) {
    std::vector<FolderEntry> entries;
    if (Status s = FolderEntries(fs_, dir, &entries, hidden); !s.ok())
      diags_->Error({fs::path(dir).lexically_normal().generic_string()}, s.text());
    return entries;
  }

  // Every file and folder below `dir` (`rel` below the content folder); a
  // link to a folder is recorded but not entered.
  void RecordPaths(const std::string& dir, const std::string& rel = "") {
    for (const FolderEntry& e : Entries(dir, true)) {
      std::string path = rel.empty() ? e.name : rel + "/" + e.name;
      if (e.kind == FileKind::kFolder) {
        tree_.folders.insert(path);
        if (!e.link) RecordPaths(e.path, path);
      }
      tree_.paths.insert(std::move(path));
    }
  }

  // False (with an error at the link) when `entry` is a symbolic link that
  // leads out of `fence`: the loader neither reads nor lists what is behind it.
  bool MayFollow(const FolderEntry& entry, const FolderFence& fence, const std::string& rel) {
    if (!entry.link) return true;
    Message problem = fence.CheckLink(entry.path);
    if (problem.empty()) return true;
    diags_->Error({Display(rel)}, problem);
    return false;
  }

  // Reads a text file, strips a byte-order mark and checks UTF-8. Returns
  // nullptr (with a diagnostic) when the file cannot be used as text.
  const SourceFile* ReadText(const std::string& path, const std::string& rel, const FolderFence& fence) {
    std::string bytes;
    std::string display = Display(rel);
    FencedRead read = Read(path, rel, fence, kMaxTextFileBytes, &bytes);
    if (read.result == FencedRead::Result::kTooLarge) {
      diags_->Error({display}, Text(Msg::kFileOverOneMebibyte));
      return nullptr;
    }
    if (read.result != FencedRead::Result::kOk) {
      diags_->Error({display}, DescribeRead(read, fence, kMaxTextFileBytes));
      return nullptr;
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
    size_t bad = FindInvalidUtf8(bytes);
    if (bad != std::string::npos) {
      // Register the file anyway so the diagnostic can show its line.
      tree_.files.emplace_back(display, rel, std::move(bytes));
      const SourceFile& f = tree_.files.back();
      int line, byte_col;
      f.LineOf(bad, &line, &byte_col);
      diags_->Error({display, line, f.CharColumn(line, byte_col)},
                    Text(Msg::kInvalidUtf8));
      return nullptr;
    }
    tree_.files.emplace_back(display, rel, std::move(bytes));
    return &tree_.files.back();
  }

  // The YAML is parsed later, all files at once on every core (see ParseAll).
  std::optional<YamlDocument> LoadYaml(const std::string& path, const std::string& rel,
                                      const FolderFence& fence) {
    const SourceFile* f = ReadText(path, rel, fence);
    if (!f) return std::nullopt;
    YamlDocument doc;
    doc.file = f;
    doc.text = f->text();
    return doc;
  }

  std::optional<MarkdownDocument> LoadMarkdown(const std::string& path, const std::string& rel,
                                              const FolderFence& fence) {
    const SourceFile* f = ReadText(path, rel, fence);
    if (!f) return std::nullopt;
    return SplitFrontMatter(*f, diags_);
  }

  // `what` is a kSlugOf… message.
  bool CheckSlug(const std::string& slug, const std::string& rel, Msg what) {
    if (IsSlug(slug)) return true;
    diags_->Error({Display(rel)}, Text(Msg::kInvalidSlug, Text(what), slug));
    return false;
  }

  void LoadPackages(const std::string& dir) {
    for (const FolderEntry& e : Entries(dir)) {
      const std::string& slug = e.name;
      std::string rel = "packages/" + slug;
      if (e.link) {
        // The folder a package's files must stay in is the package folder itself.
        std::string target;
        fs_.ReadLink(e.path, &target);
        diags_->Error({Display(rel)}, Text(Msg::kPackageFolderIsLink, target));
        continue;
      }
      if (e.kind != FileKind::kFolder) {
        diags_->Warning({Display(rel)}, Text(Msg::kUnknownFileInPackages));
        continue;
      }
      if (!CheckSlug(slug, rel, Msg::kSlugOfPackageFolder)) continue;
      PackageSource pkg;
      pkg.slug = slug;
      pkg.dir = Display(rel);
      FolderFence fence(e.path, Text(Msg::kFencePackageFolder, pkg.dir), {}, fs_);
      bool has_page = false;
      for (const FolderEntry& f : Entries(e.path)) {
        const std::string& name = f.name;
        std::string frel = rel + "/" + name;
        has_page = has_page || (name == "package.md" && f.kind != FileKind::kNone);
        if (!MayFollow(f, fence, frel)) continue;
        if (name == "assets" && f.kind == FileKind::kFolder) {
          LoadAssets(f.path, fence, rel, &pkg.assets);
        } else if (f.kind != FileKind::kFile) {
          diags_->Warning({Display(frel)}, Text(Msg::kUnknownFolderInPackage));
        } else if (name == "package.md") {
          pkg.page = LoadMarkdown(f.path, frel, fence);
        } else if (name == "program.yaml") {
          pkg.program = LoadYaml(f.path, frel, fence);
        } else if (name == "drejebog.yaml") {
          pkg.drejebog = LoadYaml(f.path, frel, fence);
        } else if (name == "plan.yaml") {
          pkg.plan = LoadYaml(f.path, frel, fence);
        } else if (name == "notes.yaml") {
          pkg.notes = LoadYaml(f.path, frel, fence);
        } else if (name == "praksisark.md") {
          pkg.praksisark = LoadMarkdown(f.path, frel, fence);
        } else if (name.starts_with("drejebog-") && name.ends_with(".yaml")) {
          LoadAudienceDrejebog(f.path, frel, name.substr(9, name.size() - 14), fence, &pkg);
        } else {
          std::string hint = NearestWord(name, {"package.md", "program.yaml", "drejebog.yaml",
                                                "plan.yaml", "notes.yaml", "praksisark.md"});
          diags_->Warning({Display(frel)},
                          Text(Msg::kUnknownFileInPackage, DidYouMean(hint)));
        }
      }
      if (!has_page) diags_->Error({pkg.dir}, Text(Msg::kPackageHasNoPage));
      tree_.packages.push_back(std::move(pkg));
    }
  }

  // drejebog-<name>.yaml: <name> becomes part of a site path, so it must be a slug.
  void LoadAudienceDrejebog(const std::string& path, const std::string& rel, const std::string& name,
                            const FolderFence& fence, PackageSource* pkg) {
    if (!IsSlug(name)) {
      diags_->Error({Display(rel)}, Text(Msg::kInvalidDrejebogName, name));
      return;
    }
    if (std::optional<YamlDocument> doc = LoadYaml(path, rel, fence))
      pkg->audience_drejebog.emplace(name, std::move(*doc));
  }

  // The files of the assets/ folder `dir` of the package or story folder
  // `owner` ("packages/x", "stories/y"), sorted by rel.
  void LoadAssets(const std::string& dir, const FolderFence& fence, const std::string& owner,
                  std::vector<Asset>* assets) {
    std::vector<std::pair<std::string, std::string>> files;  // (on disk, rel)
    std::set<std::string> visited;  // folders reached through links: a link back up must not loop
    ListAssets(dir, "assets", fence, owner, &visited, &files);
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return fs::path(a.second) < fs::path(b.second); });
    for (const auto& [path, rel] : files) {
      Asset asset;
      asset.rel = rel;
      FencedRead read = Read(path, owner + "/" + rel, fence, std::numeric_limits<size_t>::max(), &asset.bytes);
      if (read.result != FencedRead::Result::kOk) {
        diags_->Error({Display(owner + "/" + rel)}, DescribeRead(read, fence, std::numeric_limits<size_t>::max()));
        continue;
      }
      assets->push_back(std::move(asset));
    }
  }

  // The files below `dir`, hidden files and folders left out. A symbolic
  // link is followed only when it stays in the package (or story) folder.
  void ListAssets(const std::string& dir, const std::string& rel, const FolderFence& fence,
                  const std::string& owner, std::set<std::string>* visited,
                  std::vector<std::pair<std::string, std::string>>* files) {
    for (const FolderEntry& e : Entries(dir)) {
      std::string erel = rel + "/" + e.name;
      if (!MayFollow(e, fence, owner + "/" + erel)) continue;
      if (e.kind == FileKind::kFolder) {
        // Only a link can make a loop; a folder reached twice by links is read once.
        std::string resolved;
        if (e.link && (!fs_.Resolve(e.path, &resolved).ok() || !visited->insert(resolved).second)) continue;
        ListAssets(e.path, erel, fence, owner, visited, files);
      } else if (e.kind == FileKind::kFile) {
        files->emplace_back(e.path, erel);
      }
    }
  }

  void LoadStories(const std::string& dir) {
    FolderFence fence(dir, Text(Msg::kFenceStoriesFolder, Display("stories")), {}, fs_);
    std::set<std::string> file_slugs;  // stories/<slug>.md, to refuse a folder of the same slug
    for (const FolderEntry& e : Entries(dir)) {
      const std::string& name = e.name;
      std::string rel = "stories/" + name;
      if (!MayFollow(e, fence, rel)) continue;
      if (e.kind == FileKind::kFolder && !e.link) {
        LoadStoryFolder(e.path, name, rel, &file_slugs);
        continue;
      }
      if (e.kind != FileKind::kFile || fs::path(name).extension() != ".md") {
        diags_->Warning({Display(rel)}, Text(Msg::kUnknownFileInStories));
        continue;
      }
      std::string slug = fs::path(name).stem().string();
      if (!CheckSlug(slug, rel, Msg::kSlugOfStoryFile)) continue;
      std::optional<MarkdownDocument> page = LoadMarkdown(e.path, rel, fence);
      if (!page) continue;
      file_slugs.insert(slug);
      StorySource story;
      story.slug = slug;
      story.page = std::move(*page);
      tree_.stories.push_back(std::move(story));
    }
    std::sort(tree_.stories.begin(), tree_.stories.end(),
              [](const StorySource& a, const StorySource& b) { return a.slug < b.slug; });
  }

  // pages/<slug>.md, each a free page; unlike a story, a page has no folder form.
  void LoadFreePages(const std::string& dir) {
    FolderFence fence(dir, Text(Msg::kFencePagesFolder, Display("pages")), {}, fs_);
    for (const FolderEntry& e : Entries(dir)) {
      const std::string& name = e.name;
      std::string rel = "pages/" + name;
      if (!MayFollow(e, fence, rel)) continue;
      if (e.kind != FileKind::kFile || fs::path(name).extension() != ".md") {
        diags_->Warning({Display(rel)}, Text(Msg::kUnknownFileInPages));
        continue;
      }
      std::string slug = fs::path(name).stem().string();
      if (!CheckSlug(slug, rel, Msg::kSlugOfPageFile)) continue;
      std::optional<MarkdownDocument> page = LoadMarkdown(e.path, rel, fence);
      if (!page) continue;
      tree_.pages.push_back({slug, std::move(*page)});
    }
  }

  // stories/<slug>/: story.md and its pictures in assets/, as a package has them.
  void LoadStoryFolder(const std::string& path, const std::string& slug, const std::string& rel,
                       std::set<std::string>* file_slugs) {
    if (!CheckSlug(slug, rel, Msg::kSlugOfStoryFolder)) return;
    // Entries come sorted: "<slug>.md" before "<slug>" would not hold, so look.
    if (file_slugs->count(slug) || IsKind(fs_, path + ".md", FileKind::kFile)) {
      diags_->Error({Display(rel)}, Text(Msg::kStoryFileAndFolder, slug));
      file_slugs->insert(slug);
      return;
    }
    StorySource story;
    story.slug = slug;
    story.dir = rel;
    FolderFence fence(path, Text(Msg::kFenceStoryFolder, Display(rel)), {}, fs_);
    bool has_page = false;
    for (const FolderEntry& f : Entries(path)) {
      std::string frel = rel + "/" + f.name;
      if (!MayFollow(f, fence, frel)) continue;
      if (f.name == "assets" && f.kind == FileKind::kFolder) {
        LoadAssets(f.path, fence, rel, &story.assets);
      } else if (f.name == "story.md" && f.kind == FileKind::kFile) {
        std::optional<MarkdownDocument> page = LoadMarkdown(f.path, frel, fence);
        if (!page) return;
        story.page = std::move(*page);
        has_page = true;
      } else {
        diags_->Warning({Display(frel)}, Text(Msg::kUnknownFileInStoryFolder));
      }
    }
    if (!has_page) {
      diags_->Error({Display(rel)}, Text(Msg::kStoryFolderHasNoStory));
      return;
    }
    tree_.stories.push_back(std::move(story));
  }

  void LoadClusters(const std::string& dir) {
    for (const FolderEntry& e : Entries(dir)) {
      const std::string& slug = e.name;
      std::string rel = "clusters/" + slug;
      if (!MayFollow(e, private_, rel)) continue;
      if (e.kind != FileKind::kFolder) {
        diags_->Warning({Display(rel)}, Text(Msg::kUnknownFileInClusters));
        continue;
      }
      if (!CheckSlug(slug, rel, Msg::kSlugOfClusterFolder)) continue;
      ClusterSource cluster;
      cluster.slug = slug;
      cluster.dir = Display(rel);
      bool has_cluster = false;
      for (const FolderEntry& f : Entries(e.path)) {
        const std::string& name = f.name;
        std::string frel = rel + "/" + name;
        has_cluster = has_cluster || (name == "cluster.yaml" && f.kind != FileKind::kNone);
        if (!MayFollow(f, private_, frel)) continue;
        if (name == "cluster.yaml" && f.kind == FileKind::kFile) {
          cluster.cluster = LoadYaml(f.path, frel, private_);
        } else if (f.kind == FileKind::kFile && fs::path(name).extension() == ".csv") {
          if (const SourceFile* sf = ReadText(f.path, frel, private_)) cluster.csv_files[name] = sf;
        } else {
          diags_->Warning({Display(frel)}, Text(Msg::kUnknownFileInCluster));
        }
      }
      if (!has_cluster) diags_->Error({cluster.dir}, Text(Msg::kClusterHasNoClusterYaml));
      tree_.clusters.push_back(std::move(cluster));
    }
  }

  // Parsing is much of a build's load time, so every YAML document of the
  // tree is parsed in parallel; each job has its own Diagnostics, appended in
  // a fixed order so the output does not depend on the threads.
  void ParseAll() {
    std::vector<YamlDocument*> docs;
    auto add = [&](std::optional<YamlDocument>& d) {
      if (d) docs.push_back(&*d);
    };
    std::vector<std::pair<MarkdownText*, std::string>> bodies;  // and the folder its links start from
    auto add_md = [&](std::optional<MarkdownDocument>& m, const std::string& dir) {
      if (!m || !m->ok) return;
      docs.push_back(&m->front_matter);
      bodies.emplace_back(&m->body, dir);
    };
    add(tree_.site);
    for (PackageSource& p : tree_.packages) {
      add_md(p.page, "packages/" + p.slug);
      add(p.program);
      add(p.drejebog);
      for (auto& [name, doc] : p.audience_drejebog) docs.push_back(&doc);
      add(p.plan);
      add(p.notes);
      add_md(p.praksisark, "packages/" + p.slug);
    }
    for (StorySource& s : tree_.stories)
      if (s.page.ok) {
        docs.push_back(&s.page.front_matter);
        bodies.emplace_back(&s.page.body, s.dir);
      }
    for (FreePageSource& f : tree_.pages)
      if (f.page.ok) {
        docs.push_back(&f.page.front_matter);
        bodies.emplace_back(&f.page.body, "pages");
      }
    for (ClusterSource& c : tree_.clusters) add(c.cluster);

    std::vector<Diagnostics> found(docs.size());
    // Small trees parse faster on one thread than it takes to start more.
    unsigned threads = docs.size() > 16 ? std::min(ResolveThreads(threads_), 8u) : 1;
    ParallelFor(docs.size() + bodies.size(), threads, [&](size_t i) {
      if (i >= docs.size()) return ReadFacts(bodies[i - docs.size()]);
      YamlDocument* doc = docs[i];
      if (cache_) {
        if (std::shared_ptr<const YamlTree> tree = cache_->Find(doc->text)) {
          SetYamlTree(doc, std::move(tree));
          return;
        }
      }
      ParseYamlInto(doc, &found[i]);
      if (cache_ && doc->ok && found[i].list().empty()) cache_->Store(doc->text, doc->tree);
    });
    for (const Diagnostics& d : found) diags_->Append(d);
    // A Markdown file is usable only when its front matter parsed.
    for (PackageSource& p : tree_.packages) {
      if (p.page) p.page->ok = p.page->front_matter.ok;
      if (p.praksisark) p.praksisark->ok = p.praksisark->front_matter.ok;
    }
    for (StorySource& s : tree_.stories) s.page.ok = s.page.front_matter.ok;
    for (FreePageSource& f : tree_.pages) f.page.ok = f.page.front_matter.ok;
  }

  // A .md body's facts, for validation and the search index: from the cache,
  // or from the body's one parse (markdown/body.h), which the renderers reuse.
  void ReadFacts(const std::pair<MarkdownText*, std::string>& body) {
    body.first->facts = FactsOf(*body.first, markdown_cache_, body.second);
  }

  ContentTree tree_;
  Diagnostics* diags_;
  unsigned threads_;
  YamlCache* cache_;
  MarkdownCache* markdown_cache_;
  const FileSystem& fs_;
  FolderFence public_;   // site.yaml, packages/, stories/, pages/
  FolderFence private_;  // clusters/
  ContentBytes* bytes_;
};

bool IsFence(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return Trim(line) == "---" && line.starts_with("---");
}

}  // namespace

// Finds the front matter; its YAML is left for the caller to parse. ok means
// the fences were found.
MarkdownDocument SplitFrontMatter(const SourceFile& file, Diagnostics* diags) {
  MarkdownDocument doc;
  doc.file = &file;
  doc.front_matter.file = &file;
  doc.body.path = file.path();
  if (file.line_count() == 0 || !IsFence(file.Line(1))) {
    diags->Error({file.path(), 1, 1}, Text(Msg::kFrontMatterMissing));
    return doc;
  }
  int close = 0;
  for (int line = 2; line <= file.line_count(); ++line) {
    if (IsFence(file.Line(line))) {
      close = line;
      break;
    }
  }
  if (close == 0) {
    diags->Error({file.path(), 1, 1},
                 Text(Msg::kFrontMatterNotClosed));
    return doc;
  }
  const std::string& text = file.text();
  size_t yaml_begin = text.find('\n') + 1;
  size_t yaml_end = yaml_begin;
  for (int line = 2; line < close; ++line) yaml_end = text.find('\n', yaml_end) + 1;
  size_t body_begin = text.find('\n', yaml_end);
  body_begin = body_begin == std::string::npos ? text.size() : body_begin + 1;
  doc.front_matter.line_offset = 1;
  doc.front_matter.text = std::string_view(text).substr(yaml_begin, yaml_end - yaml_begin);
  doc.body.text = text.substr(body_begin);
  doc.body.first_line = close + 1;
  doc.ok = true;
  return doc;
}

MarkdownDocument ParseMarkdownDocument(const SourceFile& file, Diagnostics* diags) {
  MarkdownDocument doc = SplitFrontMatter(file, diags);
  if (!doc.ok) return doc;
  ParseYamlInto(&doc.front_matter, diags);
  doc.ok = doc.front_matter.ok;
  return doc;
}

ContentTree LoadContent(const std::string& content_dir, Diagnostics* diags, unsigned threads,
                        ParseCaches caches, ContentBytes* bytes, FileSystem* fs) {
  ContentTree tree = Loader(content_dir, threads, caches, bytes, OrReal(fs), diags).Run();
  if (caches.yaml) caches.yaml->DropUnused();
  return tree;
}

}  // namespace klynge
