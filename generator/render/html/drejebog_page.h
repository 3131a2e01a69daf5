#pragma once
// pakker/<slug>/drejebog/: what to do before, during and after the meeting.

#include "model/package.h"
#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

// The three phases with each task's timing ("8 uger før mødet"), role,
// Markdown text and checklist. Requires package.drejebog.
Page DrejebogPage(const SiteContext& ctx, const Package& package);

}  // namespace klynge
