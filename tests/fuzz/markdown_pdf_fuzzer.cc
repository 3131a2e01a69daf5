// Markdown → PDF: the input as the body of the sample package's praksisark,
// laid out and written by RenderPraksisarkPdf (Markdown blocks with the
// package's images and links, line breaking, pagination, libharu).

#include <cstddef>
#include <cstdint>

#include "fuzz_sample.h"
#include "render/pdf/documents.h"
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

  Package package = *sample.package;
  Praksisark& sheet = package.praksisark.emplace();
  sheet.title = "Praksisark";
  sheet.body = MarkdownText{std::move(*text), fuzz::SamplePath("packages/" + package.slug + "/praksisark.md"), 4};
  PrintContext ctx(sample.catalog.site, package, sample.theme, published);
  std::string bytes;
  RenderPraksisarkPdf(ctx, &bytes);
  return 0;
}
