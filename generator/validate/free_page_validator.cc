#include "validate/free_page_validator.h"

#include "base/messages.h"
#include "validate/file_keys.h"
#include "validate/markdown_checker.h"
#include "validate/yaml_map.h"

namespace klynge {

namespace {

// A free page is published at <slug>/, beside the folders the site itself
// fills (render/html/site_paths.h): those slugs would overwrite its pages.
constexpr const char* kReservedSlugs[] = {"pakker", "historier", "soeg", "static", "emner", "emneord"};

}  // namespace

std::optional<FreePage> ValidateFreePage(const FreePageSource& source, const ContentTree& tree, Diagnostics* diags) {
  const MarkdownDocument& page = source.page;
  if (!page.ok) return std::nullopt;
  for (const char* reserved : kReservedSlugs)
    if (source.slug == reserved) {
      diags->Error({page.file ? page.file->path() : "pages/" + source.slug + ".md"},
                   "the page name \"" + source.slug + "\" is taken by the site's own " + reserved +
                       "/ folder; rename the file");
      return std::nullopt;
    }
  FreePage free;
  free.slug = source.slug;
  free.body = page.body;
  {
    YamlMap map(page.front_matter, page.front_matter.root, Text(Msg::kWhatPageFrontMatter), diags,
                file_keys::kPage);
    if (map.ok()) {
      free.title = map.String("title", Need::kRequired).value_or("");
      free.summary = map.String("summary").value_or("");
      free.menu = map.Integer("menu", Need::kOptional, 0);
      free.draft = map.Bool("draft").value_or(false);
    }
  }
  CheckMarkdown(free.body, "pages", tree, diags);
  return free;
}

}  // namespace klynge
