#pragma once
// A cluster's dated drejebog as an iCalendar file (RFC 5545).

#include <string>

#include "model/cluster.h"
#include "model/package.h"

namespace klynge {

// One all-day event per dated drejebog task (and for the meeting itself),
// with dates counted from the cluster's meeting day. Deterministic: UIDs come
// from the cluster and task, DTSTAMP from SOURCE_DATE_EPOCH or the meeting day.
std::string RenderCalendar(const ClusterEdition& cluster, const Package& package);

// Text escaped for an iCalendar TEXT value (\\, \;, \, and \n).
std::string EscapeIcsText(const std::string& text);
// A content line folded at 75 octets, never inside a UTF-8 character, CRLF-ended.
std::string FoldIcsLine(const std::string& line);

}  // namespace klynge
