#pragma once
// The theme's templates, parsed once, and the data type they render.

#include <kainjow/mustache.hpp>
#include <map>
#include <string>

#include "base/status.h"
#include "model/theme.h"

namespace klynge {

using TemplateData = kainjow::mustache::data;

// The templates the HTML renderer needs from every theme.
inline constexpr const char* kPageTemplates[] = {"layout", "catalog", "package",  "program",
                                                 "drejebog", "stories", "story", "search",
                                                 "not_found", "page",  "topic"};

class HtmlTemplates {
 public:
  // Parses the theme's templates; Check() says whether all are there and valid.
  explicit HtmlTemplates(const Theme& theme);
  Status Check() const;
  // Renders template `name` (HTML-escaping every {{value}}).
  std::string Render(const std::string& name, const TemplateData& data);
  // The same with names looked up in `data` first, then in `shared`.
  std::string Render(const std::string& name, const TemplateData& shared, const TemplateData& data);

 private:
  std::map<std::string, kainjow::mustache::mustache> parsed_;
  std::string dir_;
};

// `theme`'s templates, parsed once per thread and theme text and kept for
// the next call: a build renders a thousand packages' pages from one theme.
HtmlTemplates& TemplatesFor(const Theme& theme);

// Small builders for template data.
TemplateData NewObject();
TemplateData NewList();
// Sets `key` to `value`, or to false when it is empty: an absent key would make
// mustache look it up in the enclosing sections and print their value instead.
void SetOptional(TemplateData* data, const std::string& key, const std::string& value);
// {title, url}
// kainjow's set() and push_back() copy the value, which for the catalog's
// list of a thousand cards is most of the page's cost; these move it in.
void SetMoved(TemplateData* object, const std::string& key, TemplateData&& value);
void AppendMoved(TemplateData* list, TemplateData&& value);

TemplateData LinkData(const std::string& title, const std::string& url);

}  // namespace klynge
