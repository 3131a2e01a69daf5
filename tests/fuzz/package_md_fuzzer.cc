// package.md: the front matter split off and parsed, then the whole page
// validated as packages/smertebehandling of the sample site, the way
// LoadContent and Validate treat it in `klynge check`.

#include <cstddef>
#include <cstdint>

#include "fuzz_sample.h"
#include "load/content_loader.h"
#include "validate/package_validator.h"

using namespace klynge;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::SampleSite();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<std::string> text = fuzz::LoaderText(data, size);
  if (!text) return -1;  // the loader refuses it: no parser ever sees these bytes
  const fuzz::Sample& sample = fuzz::SampleSite();
  const PackageSource& real = *sample.package_source;
  const std::string rel = "packages/" + real.slug + "/package.md";
  SourceFile file(fuzz::SamplePath(rel), rel, std::move(*text));

  Diagnostics diags;
  PackageSource source;
  source.slug = real.slug;
  source.dir = real.dir;
  source.assets = real.assets;  // so links to assets/ can resolve
  source.page = ParseMarkdownDocument(file, &diags);
  PackageContext context{&sample.tree, sample.catalog.site.topics, PackageSlugs(sample.tree)};
  ValidatePackage(source, context, &diags);
  fuzz::FormatAll(diags, &file);
  return 0;
}
