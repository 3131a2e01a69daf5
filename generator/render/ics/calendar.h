#pragma once
// A cluster's dated drejebog (and each drejebog-<name>) as an iCalendar file (RFC 5545).

#include <string>

#include "base/build_clock.h"
#include "model/cluster.h"
#include "model/package.h"

namespace klynge {

// One all-day event per dated drejebog task (and for the meeting itself),
// with dates counted from the cluster's meeting day. Deterministic: UIDs come
// from the cluster and task, DTSTAMP from the build's `clock` or the meeting day.
std::string RenderCalendar(const ClusterEdition& cluster, const Package& package, const BuildClock& clock);
// The same for drejebog-<name>.yaml: the meeting and that drejebog's dated
// tasks (UIDs "<name>-before-1@…"); the order deadline is the coordinator's, not here.
std::string RenderCalendar(const ClusterEdition& cluster, const Package& package, const AudienceDrejebog& audience,
                           const BuildClock& clock);

// Text escaped for an iCalendar TEXT value (\\, \;, \, and \n).
std::string EscapeIcsText(const std::string& text);
// A content line folded at 75 octets, never inside a UTF-8 character, CRLF-ended.
std::string FoldIcsLine(const std::string& line);

}  // namespace klynge
