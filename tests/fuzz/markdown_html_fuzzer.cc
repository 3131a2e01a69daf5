// Markdown → HTML: the input as the body of the sample package's page,
// rendered as PackagePage does (cmark-gfm, then headings, links and images
// rewritten for the site).

#include <cstddef>
#include <cstdint>

#include "fuzz_sample.h"
#include "render/html/markdown_html.h"
#include "render/html/site_paths.h"
#include "render/pdf/print_context.h"

using namespace klynge;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::SampleSite();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<std::string> text = fuzz::LoaderText(data, size);
  if (!text) return -1;  // the loader refuses it: no parser ever sees these bytes
  const fuzz::Sample& sample = fuzz::SampleSite();
  static const SlugSet published = PublishedSlugs(sample.catalog);
  const std::string& slug = sample.package->slug;

  MarkdownText body{std::move(*text), fuzz::SamplePath("packages/" + slug + "/package.md"), 1};
  LinkBase base{"packages/" + slug + "/", PackageDir(slug), published.get()};
  AnchorIds ids;
  RenderMarkdown(body, base, &ids);
  return 0;
}
