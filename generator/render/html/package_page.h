#pragma once
// pakker/<slug>/: the package page with its facts panel.

#include "model/package.h"
#include "render/html/package_pages.h"
#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

// Body, facts (provider, price, duration, ordering, contact, links, revised),
// målepunkter, materials, documents, follow-ups, related packages, stories,
// and links to the program and drejebog pages.
Page PackagePage(const SiteContext& ctx, const PackagePagesInput& input);

// The package's summary, else the first paragraph of its body.
std::string PackageSummary(const Package& package);

// The anchor of an indicator on the package page ("maalepunkt-opioid-3m").
std::string IndicatorAnchor(const std::string& id);

}  // namespace klynge
