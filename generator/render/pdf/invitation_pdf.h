#pragma once
// invitation.pdf: the invitation as a one-page letter, for print or for a
// coordinator who writes the e-mail in another program.

#include <string>

#include "base/status.h"
#include "render/invitation/invitation.h"
#include "render/pdf/print_context.h"

namespace klynge {

// The same text as invitation.eml's, on A4. `ctx` is the cluster's edition
// of the package (its running header names the cluster and the meeting).
Status RenderInvitationPdf(const PrintContext& ctx, const Invitation& invitation, std::string* bytes);

}  // namespace klynge
