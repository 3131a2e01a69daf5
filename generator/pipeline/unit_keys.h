#pragma once
// What each rendered unit depends on, as one hash: the build cache renders a
// unit again exactly when its key changed (or its files are gone).

#include <cstdint>
#include <string>
#include <vector>

#include "load/input_snapshot.h"
#include "model/catalog.h"
#include "model/theme.h"

namespace klynge {

// The font files the theme's PDFs embed.
std::vector<std::string> ThemeFonts(const Theme& theme);

// Inputs every PDF shares: klynge itself, the theme (with its fonts),
// site.yaml, and which packages are published (links to them resolve or not).
uint64_t PrintKey(const InputSnapshot& snapshot, const Catalog& catalog);

// Inputs every package's pages share: klynge, the theme, site.yaml, the
// stories, and what a page shows of other packages (slug, title, question,
// draft, which package it follows).
uint64_t PageKey(const InputSnapshot& snapshot, const Catalog& catalog);

// "page:<slug>": the shared page inputs and the package's folder.
uint64_t PackagePagesKey(uint64_t page_key, const InputSnapshot& snapshot, const Package& package);

// "pdf:<slug>": the shared inputs and the package's folder.
uint64_t PackageUnitKey(uint64_t print_key, const InputSnapshot& snapshot, const Package& package);

// "cluster:<slug>": the shared inputs, the cluster's folder and its package's folder.
uint64_t ClusterUnitKey(uint64_t print_key, const InputSnapshot& snapshot, const ClusterEdition& cluster);

}  // namespace klynge
