#pragma once
// The invitation's text as the body of an e-mail: plain text and an HTML
// alternative with the same content (RFC 2046's multipart/alternative).

#include <string>

#include "render/invitation/invitation.h"

namespace klynge {

// Plain UTF-8 text, lines ending in '\n' and wrapped at 72 characters where
// klynge writes them; Markdown from content is rendered as text, its links
// written out as "<https://…>".
std::string InvitationText(const Invitation& invitation);

// A complete HTML5 document with inline styles only (mail programs drop
// style sheets), its links absolute.
std::string InvitationHtml(const Invitation& invitation);

}  // namespace klynge
