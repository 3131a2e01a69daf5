#pragma once
// index.html of a cluster's pack: what is in it, for the coordinator who
// prints it and fills the envelopes. Private like the pack; it names the
// clinics but never their letters.

#include <string>
#include <vector>

#include "model/cluster.h"
#include "model/package.h"
#include "model/theme.h"
#include "render/format.h"

namespace klynge {

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
};

std::string RenderClusterIndex(const ClusterEdition& cluster, const Package& package,
                               const PackContents& contents, const Theme& theme, Language lang);

}  // namespace klynge
