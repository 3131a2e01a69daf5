#pragma once
// A cluster's private meeting pack: output/clusters/<slug>/, apart from the
// public site and never linked from it.
//
//   clusters/<slug>/index.html                  what is in the pack (for the coordinator)
//   clusters/<slug>/invitation.eml, invitation.pdf  the invitation to every participant:
//                                               no clinic's name, id or figures
//   clusters/<slug>/uddelingskopi.pdf           the handout: every clinic's data
//   clusters/<slug>/klyngepakke.pdf             the package, with the meeting on it
//   clusters/<slug>/program.pdf                 real clock times, the cluster's figures
//   clusters/<slug>/drejebog.pdf, drejebog.ics  real dates
//   clusters/<slug>/drejebog-<name>.pdf, .ics   the same for each drejebog-<name>.yaml
//   clusters/<slug>/moedenoter.pdf, praksisark.pdf, implementeringsplan-<size>.pdf
//   clusters/<slug>/klinikker/<ydernummer>/klinikark.pdf                one sealed envelope:
//   clusters/<slug>/klinikker/<ydernummer>/implementeringsplan-<size>.pdf  one clinic's own
//
// The envelope folders are named by ydernummer, never by letter: the folder
// listing must not tell which letter is which clinic.

#include <tuple>

#include "base/build_clock.h"
#include "base/status.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/cluster/cluster_index.h"
#include "render/output.h"
#include "render/pdf/print_context.h"

namespace klynge {

// Everything a cluster's pack may read. Fields() lists every member: the
// build cache keys the pack on exactly these.
struct ClusterPackInput {
  const ClusterEdition& cluster;
  const Package& package;  // the cluster's package
  const Site& site;
  const Theme& theme;
  SlugSet published;  // the published packages, which its links may point to
  BuildClock clock;   // the calendars' DTSTAMP and the e-mail's Date
  pdf::Marks marks = pdf::Marks::kNone;  // build --print-marks: every PDF of the pack

  auto Fields() const { return std::tie(cluster, package, site, theme, published, clock, marks); }
};

// The pack into `out` under clusters/<slug>/. Pure: the same input gives the
// same bytes. Fails with the first file that fails, naming it.
Status RenderClusterPack(const ClusterPackInput& input, Output* out);

// What the pack's index.html lists, without making the files (their sizes are 0).
PackContents ListClusterPack(const ClusterPackInput& input);

}  // namespace klynge
