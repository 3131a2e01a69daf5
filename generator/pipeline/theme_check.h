#pragma once
// What `klynge check` asks of a loaded theme beyond loading it: every page
// template is there, every name a template uses is one the site's pages
// supply, and the print fonts load as the PDFs will load them.

#include <string>
#include <vector>

#include "model/catalog.h"
#include "model/theme.h"

namespace klynge {

// One message per problem, each starting with the theme file it is in (and
// line:column in a template); empty when the theme is fit for `catalog`.
std::vector<std::string> CheckTheme(const Catalog& catalog, const Theme& theme, unsigned threads = 0);

}  // namespace klynge
