// A cluster's CSV data: opioid.csv of the sample cluster replaced by the
// input, read and checked by the cluster validator (ParseCsv, then the
// ObservationValidator against cluster.yaml and the package's indicators),
// then, when valid, the figures computed as a build does before printing.

#include <cstddef>
#include <cstdint>

#include "fuzz_sample.h"

using namespace klynge;

namespace {

// The sample's cluster.yaml, parsed once; only its CSV file changes.
ClusterSource* SampleCluster() {
  const ClusterSource& real = *fuzz::SampleSite().cluster_source;
  auto* source = new ClusterSource;  // lives as long as the process
  source->slug = real.slug;
  source->dir = real.dir;
  Diagnostics ignored;  // the sample validated cleanly
  source->cluster = fuzz::ParseYamlFile(*real.cluster->file, &ignored);
  return source;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::SampleSite();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<std::string> text = fuzz::LoaderText(data, size);
  if (!text) return -1;  // the loader refuses it: no parser ever sees these bytes
  static ClusterSource* source = SampleCluster();
  const std::string rel = "clusters/" + source->slug + "/opioid.csv";
  SourceFile file(fuzz::SamplePath(rel), rel, std::move(*text));

  Diagnostics diags;
  source->csv_files = {{"opioid.csv", &file}};
  fuzz::CheckCluster(*source, &diags);
  fuzz::FormatAll(diags, &file);
  source->csv_files.clear();  // `file` dies at the return
  return 0;
}
