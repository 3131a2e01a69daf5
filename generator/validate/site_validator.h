#pragma once
// site.yaml against the content format.

#include <optional>

#include "base/diagnostics.h"
#include "base/message.h"
#include "load/content_tree.h"
#include "load/yaml_document.h"
#include "model/site.h"
#include "validate/yaml_map.h"

namespace klynge {

// The site settings, or nullopt when a required setting is missing or wrong.
std::optional<Site> ValidateSite(const YamlDocument& doc, Diagnostics* diags);

// The language of the site's messages: site.yaml's `language` when
// site.yaml can be read (a wrong setting elsewhere in it does not matter),
// else Danish.
Language MessageLanguage(const ContentTree& tree);

// A {email, phone} mapping under `key` of `map`; shared with package.md.
std::optional<Contact> ReadContact(const YamlMap& map, const std::string& key);

}  // namespace klynge
