#pragma once
// What the fuzz targets share: the sample site as the context an input is
// checked in, the loader's rule for which bytes reach a parser at all, and
// diagnostics formatted as `klynge check` prints them.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "model/catalog.h"
#include "model/theme.h"

namespace klynge::fuzz {

// The source tree's content/ loaded and validated once, and its theme. An
// input replaces one file of it (package.md, cluster.yaml, opioid.csv …).
struct Sample {
  ContentTree tree;
  Catalog catalog;
  Theme theme;
  const Package* package = nullptr;         // packages/smertebehandling
  const PackageSource* package_source = nullptr;
  const ClusterSource* cluster_source = nullptr;  // clusters/eksempel-klynge-nord
};

// Loads on first use and aborts if the sample has errors: a target whose
// context is broken would only fuzz the error paths.
const Sample& SampleSite();

// Display path of `rel` (relative to content/) inside the sample, as the loader names files.
std::string SamplePath(const std::string& rel);

// The bytes as the loader hands a file to a parser: nullopt when it refuses
// the file (larger than kMaxTextFileBytes, invalid UTF-8), a byte-order mark removed.
std::optional<std::string> LoaderText(const uint8_t* data, size_t size);

// Parses `file` as a YAML file, as LoadContent does (the whole text, line offset 0).
YamlDocument ParseYamlFile(const SourceFile& file, Diagnostics* diags);

// Validates `source` as a cluster of the sample site and, when it has no
// errors, computes its figures, as a build does before printing them.
void CheckCluster(const ClusterSource& source, Diagnostics* diags);

// Formats every diagnostic with its source line, as the CLI does, against
// `input` (the fuzzed file) and the sample's files; returns the total length.
size_t FormatAll(const Diagnostics& diags, const SourceFile* input);

}  // namespace klynge::fuzz
