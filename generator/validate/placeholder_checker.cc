#include "validate/placeholder_checker.h"

#include <string_view>
#include <vector>

#include "scaffold/skeleton_text.h"
#include "validate/package_validator.h"

namespace klynge {

namespace {

void CheckFile(const SourceFile* file, Diagnostics* diags) {
  if (!file) return;
  for (int line = 1; line <= file->line_count(); ++line) {
    std::string_view text = file->Line(line);
    for (const std::string& phrase : skeleton_text::Placeholders()) {
      size_t at = text.find(phrase);
      if (at == std::string_view::npos) continue;
      diags->Warning({file->path(), line, file->CharColumn(line, static_cast<int>(at))},
                     "\"" + phrase + "\" is the skeleton's text from `klynge new`: write your own before it is published");
    }
  }
}

bool IsPublished(const Catalog& catalog, const std::string& slug) {
  const Package* package = catalog.FindPackage(slug);
  return package && !package->draft;
}

}  // namespace

void CheckPlaceholders(const ContentTree& tree, const Catalog& catalog, Diagnostics* diags) {
  for (const PackageSource& source : tree.packages) {
    if (!IsPublished(catalog, source.slug)) continue;
    if (source.page) CheckFile(source.page->file, diags);
    for (const std::optional<YamlDocument>* doc : {&source.program, &source.drejebog, &source.plan, &source.notes})
      if (*doc) CheckFile((*doc)->file, diags);
    for (const auto& [name, doc] : source.audience_drejebog) CheckFile(doc.file, diags);
    if (source.praksisark) CheckFile(source.praksisark->file, diags);
  }
  for (const StorySource& story : tree.stories)
    if (!SaysDraft(story.page)) CheckFile(story.page.file, diags);
  for (const FreePageSource& page : tree.pages)
    if (!SaysDraft(page.page)) CheckFile(page.page.file, diags);
}

}  // namespace klynge
