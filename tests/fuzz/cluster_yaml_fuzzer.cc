// cluster.yaml: parsed and validated as clusters/eksempel-klynge-nord of the
// sample site (its package and opioid.csv), then, when the cluster is valid,
// its figures computed as a build does before printing.

#include <cstddef>
#include <cstdint>

#include "fuzz_sample.h"

using namespace klynge;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::SampleSite();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<std::string> text = fuzz::LoaderText(data, size);
  if (!text) return -1;  // the loader refuses it: no parser ever sees these bytes
  const fuzz::Sample& sample = fuzz::SampleSite();
  const ClusterSource& real = *sample.cluster_source;
  const std::string rel = "clusters/" + real.slug + "/cluster.yaml";
  SourceFile file(fuzz::SamplePath(rel), rel, std::move(*text));

  Diagnostics diags;
  ClusterSource source;
  source.slug = real.slug;
  source.dir = real.dir;
  source.csv_files = real.csv_files;
  source.cluster = fuzz::ParseYamlFile(file, &diags);
  fuzz::CheckCluster(source, &diags);
  fuzz::FormatAll(diags, &file);
  return 0;
}
