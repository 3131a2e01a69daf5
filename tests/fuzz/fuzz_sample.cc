#include "fuzz_sample.h"

#include <cmark-gfm-core-extensions.h>

#include <cstdio>
#include <cstdlib>

#include "base/text.h"
#include "base/utf8.h"
#include "load/content_loader.h"
#include "load/theme_loader.h"
#include "stats/cluster_figures.h"
#include "validate/cluster_validator.h"
#include "validate/validator.h"

namespace klynge::fuzz {

namespace {

const std::string kContentDir = std::string(KLYNGE_SOURCE_DIR) + "/content";

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz: the sample site at %s cannot serve as context: %s\n",
               kContentDir.c_str(), what.c_str());
  std::abort();
}

Sample* LoadSample() {
  // As main() does, before any Markdown is parsed.
  cmark_gfm_core_extensions_ensure_registered();
  auto* sample = new Sample;  // lives as long as the process: inputs point into it
  Diagnostics diags;
  sample->tree = LoadContent(kContentDir, &diags, 1);
  sample->catalog = Validate(sample->tree, &diags);
  if (diags.HasErrors()) Fail(std::to_string(diags.error_count()) + " errors in content/");
  Status status = LoadTheme(std::string(KLYNGE_SOURCE_DIR) + "/themes/default",
                            sample->catalog.site.language, &sample->theme);
  if (!status.ok()) Fail(status.message());
  sample->package = sample->catalog.FindPackage("smertebehandling");
  for (const PackageSource& p : sample->tree.packages)
    if (p.slug == "smertebehandling") sample->package_source = &p;
  for (const ClusterSource& c : sample->tree.clusters)
    if (c.slug == "eksempel-klynge-nord") sample->cluster_source = &c;
  if (!sample->package || !sample->package_source) Fail("no package smertebehandling");
  if (!sample->cluster_source || !sample->cluster_source->cluster ||
      !sample->cluster_source->csv_files.count("opioid.csv"))
    Fail("no cluster eksempel-klynge-nord with opioid.csv");
  return sample;
}

}  // namespace

const Sample& SampleSite() {
  static const Sample* sample = LoadSample();
  return *sample;
}

std::string SamplePath(const std::string& rel) { return kContentDir + "/" + rel; }

std::optional<std::string> LoaderText(const uint8_t* data, size_t size) {
  // The loader's ReadText: these are the only bytes content parsers ever see.
  if (size > kMaxTextFileBytes) return std::nullopt;
  std::string text(reinterpret_cast<const char*>(data), size);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  if (FindInvalidUtf8(text) != std::string::npos) return std::nullopt;
  return text;
}

YamlDocument ParseYamlFile(const SourceFile& file, Diagnostics* diags) {
  YamlDocument doc;
  doc.file = &file;
  doc.text = file.text();
  ParseYamlInto(&doc, diags);
  return doc;
}

void CheckCluster(const ClusterSource& source, Diagnostics* diags) {
  const Sample& sample = SampleSite();
  std::optional<ClusterEdition> edition =
      ValidateCluster(source, sample.tree, sample.catalog.packages, diags);
  if (!edition || diags->HasErrors()) return;  // a build stops here
  if (const Package* package = sample.catalog.FindPackage(edition->package))
    ComputeClusterFigures(*edition, *package);
}

size_t FormatAll(const Diagnostics& diags, const SourceFile* input) {
  const ContentTree& tree = SampleSite().tree;
  SourceLookup lookup = [&](const std::string& path) -> const SourceFile* {
    if (input && input->path() == path) return input;
    return tree.Find(path);
  };
  size_t length = 0;
  for (const Diagnostic& d : diags.Sorted()) length += FormatDiagnostic(d, lookup, Language::kDanish).size();
  return length;
}

}  // namespace klynge::fuzz
