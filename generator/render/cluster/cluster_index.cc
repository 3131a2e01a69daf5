#include "render/cluster/cluster_index.h"

#include <cctype>
#include <utility>

#include "render/markup_escape.h"
#include "render/pdf/print_context.h"

namespace klynge {

namespace {

std::string Size(size_t bytes, Language lang) {
  if (bytes < 1024) return FormatInteger(static_cast<int64_t>(bytes), lang) + " B";
  return FormatInteger(static_cast<int64_t>((bytes + 512) / 1024), lang) + " kB";
}

std::string Type(const std::string& path) {
  size_t dot = path.rfind('.');
  std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return ext;
}

TemplateData Files(const std::vector<PackFile>& files, Language lang) {
  TemplateData list = NewList();
  for (const PackFile& f : files) {
    TemplateData file = NewObject();
    file.set("title", f.title);
    file.set("url", f.path);  // ASCII slugs and digits, relative to the pack
    file.set("type", Type(f.path));
    file.set("size", Size(f.bytes, lang));
    list << file;
  }
  return list;
}

}  // namespace

TemplateData ClusterIndexData(const ClusterEdition& cluster, const Package& package,
                              const PackContents& contents, const Theme& theme, Language lang) {
  TemplateData d = NewObject();
  d.set("lang", lang == Language::kEnglish ? "en" : "da");
  // The print strings over the site's, as PrintUi looks them up.
  TemplateData t = NewObject();
  for (const auto& [key, value] : theme.strings) t.set(key, value);
  for (const auto& [key, value] : theme.print.strings) t.set(key, value);
  d.set("t", t);
  d.set("cluster_name", cluster.name);
  d.set("package_title", package.title);

  std::string when = FormatDate(cluster.meeting.date, lang);
  if (cluster.meeting.start_minutes)
    when += " " + PrintUi(theme, "edition_at") + " " + FormatClock(*cluster.meeting.start_minutes);
  TemplateData facts = NewList();
  const std::pair<const char*, const std::string*> in_order[] = {{"edition_meeting", &when},
                                                                {"edition_place", &cluster.meeting.place},
                                                                {"edition_region", &cluster.region},
                                                                {"edition_coordinator", &cluster.coordinator}};
  for (const auto& [key, value] : in_order) {
    if (value->empty()) continue;
    TemplateData fact = NewObject();
    fact.set("label", PrintUi(theme, key));
    fact.set("value", *value);
    facts << fact;
  }
  d.set("facts", facts);

  d.set("has_print", !contents.print.empty());
  d.set("print", Files(contents.print, lang));
  d.set("shared", Files(contents.shared, lang));
  TemplateData clinics = NewList();
  for (const PackClinic& c : contents.clinics) {
    TemplateData clinic = NewObject();
    clinic.set("name", c.name);
    clinic.set("id", c.id);
    clinic.set("files", Files(c.files, lang));
    clinics << clinic;
  }
  d.set("has_clinics", !contents.clinics.empty());
  d.set("clinics", clinics);
  return d;
}

Status RenderClusterIndex(const ClusterEdition& cluster, const Package& package,
                          const PackContents& contents, const Theme& theme, Language lang,
                          std::string* html) {
  std::string file = theme.dir + "/templates/" + kClusterIndexTemplate + ".mustache";
  auto text = theme.templates.find(kClusterIndexTemplate);
  if (text == theme.templates.end()) return Status::Error(file + ": the theme lacks this template");
  kainjow::mustache::mustache page(text->second);
  if (!page.is_valid()) return Status::Error(file + ": " + page.error_message());
  // EscapeMarkup writes ' as &#39;, as the page always has; kainjow's own writes &apos;.
  page.set_custom_escape(EscapeMarkup);
  *html = page.render(ClusterIndexData(cluster, package, contents, theme, lang));
  return Status::Ok();
}

}  // namespace klynge
