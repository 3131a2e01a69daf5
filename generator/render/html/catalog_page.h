#pragma once
// The front page: every published package as a card, grouped by topic.

#include "model/package.h"
#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

Page CatalogPage(const IndexContext& ctx);

// A package's card as `page` links it: title, question, topic and tags (linked
// to their pages), duration, provider, the package it follows up and its own follow-ups.
TemplateData PackageCard(const IndexContext& ctx, const Page& page, const Package& package);

// The anchor of a topic's section on the front page ("emne-medicin").
std::string TopicAnchor(const std::vector<std::string>& topics, const std::string& topic);
// The topics of `published` (catalog order), each once, in the order the catalog lists them.
std::vector<std::string> PublishedTopics(const std::vector<const Package*>& published);

}  // namespace klynge
