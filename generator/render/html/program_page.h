#pragma once
// pakker/<slug>/program/: the chair's timed agenda.

#include "model/package.h"
#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

// An agenda table with a running clock from the meeting's start (0:00, 0:15,
// …), minutes per item, slides, block totals, break rows, seating notes and
// the total. Requires package.program.
Page ProgramPage(const SiteContext& ctx, const Package& package);

}  // namespace klynge
