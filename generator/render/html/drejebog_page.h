#pragma once
// pakker/<slug>/drejebog/ and pakker/<slug>/drejebog-<name>/: what to do
// before, during and after the meeting.

#include "model/package.h"
#include "render/html/page.h"
#include "render/html/site_context.h"

namespace klynge {

// The three phases with each task's timing ("8 uger før mødet"), role,
// Markdown text and checklist. Requires package.drejebog.
Page DrejebogPage(const SiteContext& ctx, const Package& package);

// The same page for drejebog-<name>.yaml, titled with its title and audience.
Page AudienceDrejebogPage(const SiteContext& ctx, const Package& package, const AudienceDrejebog& audience);

}  // namespace klynge
