#include "render/cluster/cluster_index.h"

#include <cctype>

#include "render/markup_escape.h"
#include "render/pdf/print_context.h"

namespace klynge {

namespace {

// Paths are ASCII slugs and digits; only spaces and the like would need escaping.
std::string Href(const std::string& path) { return EscapeMarkup(path); }

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

std::string FileLink(const PackFile& f, Language lang) {
  return "<a href=\"" + Href(f.path) + "\">" + EscapeMarkup(f.title) + "</a> <span class=\"meta\">(" +
         Type(f.path) + ", " + Size(f.bytes, lang) + ")</span>";
}

}  // namespace

std::string RenderClusterIndex(const ClusterEdition& cluster, const Package& package,
                               const PackContents& contents, const Theme& theme, Language lang) {
  auto ui = [&](const char* key) { return EscapeMarkup(PrintUi(theme, key)); };
  std::string when = FormatDate(cluster.meeting.date, lang);
  if (cluster.meeting.start_minutes)
    when += " " + PrintUi(theme, "edition_at") + " " + FormatClock(*cluster.meeting.start_minutes);
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == Language::kEnglish ? "en" : "da") +
       "\">\n<head>\n";
  h += "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, "
       "initial-scale=1\">\n";
  h += "<meta name=\"robots\" content=\"noindex, nofollow\">\n";
  h += "<title>" + EscapeMarkup(cluster.name) + ": " + EscapeMarkup(package.title) + "</title>\n";
  h += "<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 "
       "1rem;"
       "color:#1b1f24;line-height:1.5}h1{color:#072a52;margin-bottom:.2rem}h2{color:#072a52;margin-"
       "top:2rem}"
       ".private{background:#fbf3dd;border-left:4px solid #b7791f;padding:.6rem .9rem}"
       "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;"
       "border-bottom:1px solid #cfd6e0;vertical-align:top}td ul{margin:0;padding-left:1.1rem}"
       "dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem "
       "1rem}dt{font-weight:600}dd{margin:0}"
       ".meta{color:#4a5563;font-size:.9em}a{color:#0b4f9c}</style>\n";
  h += "</head>\n<body>\n<main>\n";
  h += "<p class=\"meta\">" + ui("edition_pack") + " · " + EscapeMarkup(package.title) + "</p>\n";
  h += "<h1>" + EscapeMarkup(cluster.name) + "</h1>\n";
  h += "<dl>\n";
  auto fact = [&](const std::string& label, const std::string& value) {
    if (!value.empty()) h += "<dt>" + label + "</dt><dd>" + EscapeMarkup(value) + "</dd>\n";
  };
  fact(ui("edition_meeting"), when);
  fact(ui("edition_place"), cluster.meeting.place);
  fact(ui("edition_region"), cluster.region);
  fact(ui("edition_coordinator"), cluster.coordinator);
  h += "</dl>\n";
  h += "<p class=\"private\">" + ui("edition_private") + "</p>\n";
  h += "<h2>" + ui("edition_for_all") + "</h2>\n<ul>\n";
  for (const PackFile& f : contents.shared) h += "<li>" + FileLink(f, lang) + "</li>\n";
  h += "</ul>\n";
  if (!contents.clinics.empty()) {
    h += "<h2>" + ui("edition_envelopes") + "</h2>\n";
    h += "<table>\n<thead><tr><th scope=\"col\">" + ui("print_clinic") + "</th><th scope=\"col\">" +
         ui("edition_contents") + "</th></tr></thead>\n<tbody>\n";
    for (const PackClinic& c : contents.clinics) {
      h += "<tr><td>" + EscapeMarkup(c.name) + "<br><span class=\"meta\">" + EscapeMarkup(c.id) +
           "</span></td><td><ul>";
      for (const PackFile& f : c.files) h += "<li>" + FileLink(f, lang) + "</li>";
      h += "</ul></td></tr>\n";
    }
    h += "</tbody>\n</table>\n";
  }
  h += "</main>\n</body>\n</html>\n";
  return h;
}

}  // namespace klynge
