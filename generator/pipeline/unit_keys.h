#pragma once
// What each rendered unit depends on, as one hash: the build cache renders a
// unit again exactly when its key changed (or its files are gone).

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/build_clock.h"
#include "load/input_snapshot.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/published_document.h"

namespace klynge {

// The font files the theme's PDFs embed, each with the InputHash of what the theme loader read.
std::map<std::string, uint64_t> ThemeFonts(const Theme& theme);

// Inputs every PDF shares: klynge itself, the theme (with its fonts),
// site.yaml, and which packages are published (links to them resolve or not).
uint64_t PrintKey(const InputSnapshot& snapshot, const Catalog& catalog);

// Inputs every package's pages share: klynge, the theme, site.yaml, the
// stories, and what a page shows of other packages (slug, title, question,
// draft, which package it follows).
uint64_t PageKey(const InputSnapshot& snapshot, const Catalog& catalog);

// "page:<slug>": the shared page inputs, the package's folder and the sizes
// of the `documents` its page lists.
uint64_t PackagePagesKey(uint64_t page_key, const InputSnapshot& snapshot, const Package& package,
                         const std::vector<PublishedDocument>& documents);

// "site" (catalog, search index, sitemap): every input, and every package's pages key.
uint64_t SiteKey(const InputSnapshot& snapshot, const std::vector<uint64_t>& page_keys);

// "pdf:<slug>": the shared inputs and the package's folder.
uint64_t PackageUnitKey(uint64_t print_key, const InputSnapshot& snapshot, const Package& package);

// "cluster:<slug>": the shared inputs, the cluster's folder, its package's
// folder and the build clock (the calendar's stamp).
uint64_t ClusterUnitKey(uint64_t print_key, const InputSnapshot& snapshot, const ClusterEdition& cluster,
                        const BuildClock& clock);

// The whole build's inputs: every file and every build option a unit reads
// (the clock). When it matches the last build's, nothing is rendered.
uint64_t BuildDigest(const InputSnapshot& snapshot, const BuildClock& clock);

}  // namespace klynge
