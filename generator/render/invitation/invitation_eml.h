#pragma once
// invitation.eml: the invitation as an e-mail that a mail program (Outlook,
// Thunderbird) opens as a draft, ready to address and send.

#include <string>
#include <vector>

#include "base/build_clock.h"
#include "render/invitation/invitation.h"

namespace klynge {

// A file attached to the e-mail, by its name in the pack.
struct MailAttachment {
  std::string file;  // "klyngepakke.pdf"
  std::string bytes;
};

// An Internet message (RFC 5322) of MIME type multipart/mixed: a
// multipart/alternative with the plain text and the HTML, then the PDFs as
// attachments (base64). The subject is RFC 2047-encoded; X-Unsent: 1 makes
// Outlook open it for sending. It names no sender and no recipients (the
// mail program adds the sender, the coordinator the participants). The bytes
// depend only on the input: the Date is the build clock (SOURCE_DATE_EPOCH)
// or else midnight UTC of the meeting day, the boundaries come from a hash of
// the parts, and no host name appears.
std::string RenderInvitationEml(const Invitation& invitation, const std::vector<MailAttachment>& attachments,
                                const BuildClock& clock);

}  // namespace klynge
