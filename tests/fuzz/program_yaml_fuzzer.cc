// program.yaml: parsed and validated against the sample's smertebehandling
// package (its indicators and duration), as ValidatePackage does.

#include <cstddef>
#include <cstdint>

#include "fuzz_sample.h"
#include "validate/program_validator.h"

using namespace klynge;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fuzz::SampleSite();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::optional<std::string> text = fuzz::LoaderText(data, size);
  if (!text) return -1;  // the loader refuses it: no parser ever sees these bytes
  const fuzz::Sample& sample = fuzz::SampleSite();
  const std::string rel = "packages/" + sample.package->slug + "/program.yaml";
  SourceFile file(fuzz::SamplePath(rel), rel, std::move(*text));

  Diagnostics diags;
  YamlDocument doc = fuzz::ParseYamlFile(file, &diags);
  ValidateProgram(doc, *sample.package, /*indicators_known=*/true, &diags);
  fuzz::FormatAll(diags, &file);
  return 0;
}
