#pragma once
// index.html of a cluster's pack: what is in it, for the coordinator who
// prints it and fills the envelopes. Private like the pack; it names the
// clinics but never their letters. The page is the theme's
// templates/cluster_index.mustache.

#include <string>
#include <vector>

#include "base/status.h"
#include "model/cluster.h"
#include "model/package.h"
#include "model/theme.h"
#include "render/format.h"
#include "render/html/html_templates.h"

namespace klynge {

// The theme template the index is rendered with.
inline constexpr const char* kClusterIndexTemplate = "cluster_index";

struct PackFile {
  std::string title;  // "Uddelingskopi"
  std::string path;   // relative to the pack: "uddelingskopi.pdf"
  size_t bytes = 0;
};

struct PackClinic {
  std::string id;
  std::string name;
  std::vector<PackFile> files;  // the envelope's contents
};

struct PackContents {
  std::vector<PackFile> shared;     // for the meeting
  std::vector<PackClinic> clinics;  // ydernummer order
  std::vector<PackFile> print;      // for the print shop (tryk.pdf): listed first
};

// What the template is given: lang, t (the UI strings), cluster_name,
// package_title, facts [{label, value}], has_print and print [file], shared [file], has_clinics and
// clinics [{name, id, files [file]}], where a file is {title, url, type, size}.
TemplateData ClusterIndexData(const ClusterEdition& cluster, const Package& package,
                              const PackContents& contents, const Theme& theme, Language lang);

// The page into `html`; an error naming the template when the theme lacks it
// or it does not parse.
Status RenderClusterIndex(const ClusterEdition& cluster, const Package& package,
                          const PackContents& contents, const Theme& theme, Language lang,
                          std::string* html);

}  // namespace klynge
