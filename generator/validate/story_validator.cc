#include "validate/story_validator.h"

#include <algorithm>

#include "base/messages.h"
#include "base/text.h"
#include "validate/file_keys.h"
#include "validate/markdown_checker.h"
#include "validate/package_validator.h"
#include "validate/yaml_map.h"

namespace klynge {

namespace {

void ReadPackages(const YamlMap& map, const ContentTree* tree, const std::vector<std::string>& package_slugs,
                  Story* story) {
  std::optional<std::vector<const YamlNode*>> items = map.List("packages");
  if (!items) return;
  for (const YamlNode* item : *items) {
    SourceLocation at = map.doc().At(item);
    std::optional<std::string> slug = AsString(item);
    if (!slug || !IsSlug(*slug)) {
      map.Error(at, "each entry of `packages` must be a package slug such as smertebehandling, found " +
                        KindOf(item));
      continue;
    }
    if (std::find(story->packages.begin(), story->packages.end(), *slug) != story->packages.end()) {
      map.Warning(at, "package \"" + *slug + "\" is listed twice in `packages`");
      continue;
    }
    if (std::find(package_slugs.begin(), package_slugs.end(), *slug) == package_slugs.end()) {
      std::string hint = NearestWord(*slug, package_slugs);
      map.Error(at, "`packages` names a package that does not exist: \"" + *slug + "\"" +
                        (hint.empty() ? std::string() : " (did you mean `" + hint + "`?)"));
      continue;
    }
    if (IsDraftPackage(*tree, *slug))
      map.Warning(at, "`packages` names \"" + *slug + "\", a draft package: it is not shown until it is published");
    story->packages.push_back(*slug);
  }
}

}  // namespace

std::optional<Story> ValidateStory(const StorySource& source, const ContentTree& tree,
                                   const std::vector<std::string>& package_slugs, Diagnostics* diags) {
  const MarkdownDocument& page = source.page;
  if (!page.ok) return std::nullopt;
  Story story;
  story.slug = source.slug;
  story.body = page.body;
  story.content_dir = source.dir;
  story.assets = source.assets;
  {
    YamlMap map(page.front_matter, page.front_matter.root, Text(Msg::kWhatStoryFrontMatter), diags,
                file_keys::kStory);
    if (map.ok()) {
      story.title = map.String("title", Need::kRequired).value_or("");
      if (std::optional<Date> date = map.DateValue("date", Need::kRequired)) story.date = *date;
      story.cluster = map.String("cluster").value_or("");
      ReadPackages(map, &tree, package_slugs, &story);
      story.summary = map.String("summary").value_or("");
      story.draft = map.Bool("draft").value_or(false);
    }
  }
  CheckMarkdown(story.body, source.dir, tree, diags);
  return story;
}

void SortStories(std::vector<Story>* stories) {
  std::sort(stories->begin(), stories->end(), [](const Story& a, const Story& b) {
    if (a.date != b.date) return a.date > b.date;
    return a.slug < b.slug;
  });
}

}  // namespace klynge
