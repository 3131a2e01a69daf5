#include "validate/package_validator.h"

#include <algorithm>

#include "base/messages.h"
#include "base/text.h"
#include "validate/file_keys.h"
#include "validate/link_checker.h"
#include "validate/markdown_checker.h"
#include "validate/measures_reader.h"
#include "validate/drejebog_validator.h"
#include "validate/program_validator.h"
#include "validate/sheets_validator.h"
#include "validate/site_validator.h"
#include "validate/yaml_map.h"

namespace klynge {

namespace {

std::string Hint(const std::string& suggestion) {
  return suggestion.empty() ? std::string() : " (did you mean `" + suggestion + "`?)";
}

bool Contains(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::string Listed(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& s : list) out += (out.empty() ? "" : ", ") + s;
  return out;
}

void ReadTopic(const YamlMap& map, const PackageContext& context, Package* pkg) {
  std::optional<std::string> topic = map.String("topic", Need::kRequired);
  if (!topic) return;
  pkg->topic = *topic;
  if (context.topics.empty() || Contains(context.topics, *topic)) return;
  map.Error(map.WhereValue("topic"), "topic \"" + *topic + "\" is not in site.yaml's `topics` (" +
                                         Listed(context.topics) + ")" +
                                         Hint(NearestWord(*topic, context.topics)));
}

void ReadTags(const YamlMap& map, Package* pkg) {
  std::optional<std::vector<std::string>> tags = map.StringList("tags");
  if (!tags) return;
  for (const std::string& tag : *tags) {
    if (Trim(tag).empty()) {
      map.Error(map.WhereValue("tags"), "`tags` must not have empty entries");
    } else if (Contains(pkg->tags, tag)) {
      map.Warning(map.WhereValue("tags"), "tag \"" + tag + "\" is listed twice in `tags`");
    } else {
      pkg->tags.push_back(tag);
    }
  }
}

// A slug naming another package: it must exist and not be this package.
bool CheckPackageRef(const YamlMap& map, const SourceLocation& at, const std::string& key,
                     const std::string& slug, const PackageContext& context, const Package& pkg) {
  if (slug == pkg.slug) {
    map.Error(at, "`" + key + "` names this package itself (\"" + slug + "\")");
    return false;
  }
  if (!Contains(context.package_slugs, slug)) {
    map.Error(at, "`" + key + "` names a package that does not exist: \"" + slug + "\"" +
                      Hint(NearestWord(slug, context.package_slugs)));
    return false;
  }
  if (!pkg.draft && IsDraftPackage(*context.tree, slug))
    map.Warning(at, "`" + key + "` names \"" + slug + "\", a draft package: it is not shown until it is published");
  return true;
}

void ReadKind(const YamlMap& map, const PackageContext& context, Package* pkg) {
  std::optional<std::string> kind = map.Choice("kind", {"package", "follow-up"});
  pkg->follow_up = kind && *kind == "follow-up";
  std::optional<std::string> follows = map.Slug("follows");
  if (pkg->follow_up && !map.Has("follows")) {
    map.Error(map.WhereValue("kind"),
              "a follow-up package needs `follows`: the slug of the package it follows up");
    return;
  }
  if (!follows) return;
  if (!pkg->follow_up) {
    map.Warning(map.WhereKey("follows"), "`follows` is ignored unless `kind` is follow-up");
    return;
  }
  if (CheckPackageRef(map, map.WhereValue("follows"), "follows", *follows, context, *pkg))
    pkg->follows = *follows;
}

void ReadRelated(const YamlMap& map, const PackageContext& context, Package* pkg) {
  std::optional<std::vector<const YamlNode*>> items = map.List("related");
  if (!items) return;
  for (const YamlNode* item : *items) {
    SourceLocation at = map.doc().At(item);
    std::optional<std::string> slug = AsString(item);
    if (!slug || !IsSlug(*slug)) {
      map.Error(at, "each entry of `related` must be a package slug such as dosisdispensering, found " +
                        KindOf(item));
      continue;
    }
    if (Contains(pkg->related, *slug)) {
      map.Warning(at, "package \"" + *slug + "\" is listed twice in `related`");
      continue;
    }
    if (CheckPackageRef(map, at, "related", *slug, context, *pkg)) pkg->related.push_back(*slug);
  }
}

void ReadLinks(const YamlMap& map, Package* pkg) {
  std::optional<std::vector<const YamlNode*>> items = map.List("links");
  if (!items) return;
  for (const YamlNode* item : *items) {
    YamlMap entry(map.doc(), item, Text(Msg::kWhatLink), map.diags(), {"title", "url"});
    if (!entry.ok()) continue;
    Link link;
    link.title = entry.String("title", Need::kRequired).value_or("");
    std::optional<std::string> url = entry.String("url", Need::kRequired);
    if (url && !IsWebUrl(*url)) {
      entry.Error(entry.WhereValue("url"),
                  "`url` must be a full address starting with https://, http://, mailto: or tel:, found \"" +
                      *url + "\"" + WebUrlHint(*url));
      continue;
    }
    if (!url) continue;
    link.url = *url;
    pkg->links.push_back(std::move(link));
  }
}

void ReadMaterials(const YamlMap& map, const PackageContext& context, Package* pkg) {
  std::optional<std::vector<const YamlNode*>> items = map.List("materials");
  if (!items) return;
  for (const YamlNode* item : *items) {
    YamlMap entry(map.doc(), item, Text(Msg::kWhatMaterial), map.diags(), {"title", "kind", "url"});
    if (!entry.ok()) continue;
    Material material;
    material.title = entry.String("title", Need::kRequired).value_or("");
    material.kind = entry.Choice("kind", {"slides", "video", "podcast", "handout", "questionnaire", "other"},
                                 Need::kRequired)
                        .value_or("");
    if (std::optional<std::string> url = entry.String("url")) {
      // Either a web address or a file of the package, such as assets/slides.pdf.
      if (!CheckLink(*url, "packages/" + pkg->slug, entry.WhereValue("url"), *context.tree, map.diags(),
                     "`url`"))
        continue;
      material.url = *url;
    }
    pkg->materials.push_back(std::move(material));
  }
}

// Every Markdown text of the package: limits, and links relative to the package folder.
void CheckPackageMarkdown(const Package& pkg, const ContentTree& tree, MarkdownCache* cache, Diagnostics* diags) {
  std::string base = "packages/" + pkg.slug;
  auto check = [&](const MarkdownText& text) { CheckMarkdown(text, base, tree, diags, cache); };
  check(pkg.body);
  for (const Indicator& indicator : pkg.indicators) check(indicator.description);
  if (pkg.program) {
    for (const ProgramBlock& block : pkg.program->blocks) {
      check(block.text);
      for (const ProgramItem& item : block.items) check(item.text);
    }
  }
  if (pkg.drejebog) {
    for (Phase phase : {Phase::kBefore, Phase::kDuring, Phase::kAfter})
      for (const Task& task : pkg.drejebog->tasks(phase)) check(task.text);
  }
  for (const AudienceDrejebog& d : pkg.audience_drejebog)
    for (Phase phase : {Phase::kBefore, Phase::kDuring, Phase::kAfter})
      for (const Task& task : d.drejebog.tasks(phase)) check(task.text);
  check(pkg.plan.intro);
  if (pkg.praksisark) check(pkg.praksisark->body);
}

}  // namespace

bool SaysDraft(const MarkdownDocument& page) {
  if (!page.ok || !page.front_matter.root || !page.front_matter.root->IsMapping()) return false;
  const YamlNode* draft = page.front_matter.root->Find("draft");
  return draft && draft->AsBool().value_or(false);
}

bool IsDraftPackage(const ContentTree& tree, const std::string& slug) {
  for (const PackageSource& p : tree.packages)
    if (p.slug == slug) return p.page && SaysDraft(*p.page);
  return false;
}

std::vector<std::string> PackageSlugs(const ContentTree& tree) {
  std::vector<std::string> slugs;
  for (const PackageSource& p : tree.packages)
    if (tree.paths.count("packages/" + p.slug + "/package.md")) slugs.push_back(p.slug);
  return slugs;
}

void ReadPackagePage(const MarkdownDocument& page, const PackageContext& context, Package* pkg,
                     Diagnostics* diags) {
  pkg->body = page.body;
  if (!page.ok) return;
  const YamlDocument& doc = page.front_matter;
  YamlMap map(doc, doc.root, Text(Msg::kWhatPackageFrontMatter), diags, file_keys::kPackage);
  if (!map.ok()) return;
  pkg->title = map.String("title", Need::kRequired).value_or("");
  pkg->draft = map.Bool("draft").value_or(false);
  pkg->question = map.String("question").value_or("");
  pkg->summary = map.String("summary").value_or("");
  ReadTopic(map, context, pkg);
  ReadTags(map, pkg);
  ReadKind(map, context, pkg);
  ReadRelated(map, context, pkg);
  pkg->provider = map.String("provider", Need::kRequired).value_or("");
  pkg->price = map.String("price").value_or("");
  pkg->duration_minutes = static_cast<int>(map.Integer("duration", Need::kRequired, 1, kMaxMinutes).value_or(0));
  if (std::optional<int64_t> weeks = map.Integer("order_weeks_before", Need::kOptional, 0, 104))
    pkg->order_weeks_before = static_cast<int>(*weeks);
  pkg->contact = ReadContact(map, "contact");
  ReadLinks(map, pkg);
  ReadIndicators(map, pkg);
  ReadSurveys(map, pkg);
  ReadMaterials(map, context, pkg);
  pkg->revised = map.DateValue("revised", Need::kOptional);
}

std::optional<Package> ValidatePackage(const PackageSource& source, const PackageContext& context,
                                       Diagnostics* diags) {
  Package pkg;
  pkg.slug = source.slug;
  pkg.assets = source.assets;
  if (source.page) ReadPackagePage(*source.page, context, &pkg, diags);
  bool page_read = source.page && source.page->ok;
  if (source.program) pkg.program = ValidateProgram(*source.program, pkg, page_read, diags);
  if (source.drejebog) pkg.drejebog = ValidateDrejebog(*source.drejebog, diags);
  for (const auto& [name, doc] : source.audience_drejebog)
    if (std::optional<AudienceDrejebog> d = ValidateAudienceDrejebog(doc, name, diags))
      pkg.audience_drejebog.push_back(std::move(*d));
  if (source.plan) pkg.plan = ValidatePlan(*source.plan, diags);
  pkg.notes = source.notes ? ValidateNotes(*source.notes, pkg.program, diags) : DefaultNotes(pkg.program);
  if (source.praksisark) pkg.praksisark = ValidatePraksisark(*source.praksisark, diags);
  CheckPackageMarkdown(pkg, *context.tree, context.markdown_cache, diags);
  if (!page_read) return std::nullopt;
  return pkg;
}

}  // namespace klynge
