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

#include <functional>

#include "base/build_clock.h"
#include "base/status.h"
#include "model/catalog.h"
#include "model/theme.h"
#include "render/cluster/cluster_index.h"
#include "render/output.h"

namespace klynge {

// One cluster's pack into `out` under clusters/<slug>/. Pure: the same
// cluster, catalog, theme and clock (the calendar's stamp) give the same bytes.
Status RenderClusterEdition(const ClusterEdition& cluster, const Catalog& catalog,
                            const Theme& theme, const BuildClock& clock, Output* out);

// What the pack's index.html lists, without making the files (their sizes
// are 0); empty when the cluster's package is missing.
PackContents ListClusterPack(const ClusterEdition& cluster, const Catalog& catalog, const Theme& theme);

// Which clusters to render (a build cache renders only the stale ones).
using ClusterFilter = std::function<bool(const ClusterEdition& cluster)>;

// The pack of each cluster `wanted` accepts, handed to `sink` as the unit
// "cluster:<slug>". Files are made on up to `threads` threads (0: one per
// core); the bytes do not depend on it. Fails with the first file that fails.
Status RenderClusterEditions(const Catalog& catalog, const Theme& theme, const BuildClock& clock,
                             const ClusterFilter& wanted, const UnitSink& sink, unsigned threads = 0);

// Every cluster of the catalog into `out`.
Status RenderClusterEditions(const Catalog& catalog, const Theme& theme, const BuildClock& clock,
                             Output* out, unsigned threads = 0);

}  // namespace klynge
