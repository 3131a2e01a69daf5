#include "render/invitation/invitation_eml.h"

#include <cstdio>

#include "base/content_hash.h"
#include "render/invitation/invitation_body.h"
#include "render/mail/mime.h"

namespace klynge {

namespace {

std::string Hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

MimePart TextPart(const std::string& subtype, const std::string& text) {
  return {"Content-Type: text/" + subtype + "; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n",
          QuotedPrintable(text)};
}

// File names in the pack are ASCII slugs with an extension, so they need no encoding.
MimePart AttachmentPart(const MailAttachment& file) {
  return {"Content-Type: application/pdf; name=\"" + file.file +
              "\"\r\nContent-Disposition: attachment; filename=\"" + file.file +
              "\"\r\nContent-Transfer-Encoding: base64\r\n",
          Base64Lines(file.bytes)};
}

}  // namespace

std::string RenderInvitationEml(const Invitation& invitation, const std::vector<MailAttachment>& attachments,
                                const BuildClock& clock) {
  std::string text = InvitationText(invitation);
  std::string html = InvitationHtml(invitation);
  // "=_" cannot occur in quoted-printable or base64, so the boundaries cannot
  // occur in the parts; the hash makes them differ between invitations.
  uint64_t hash = HashBytes(text);
  hash ^= HashBytes(html) * 31;
  for (const MailAttachment& a : attachments) hash = hash * 1099511628211ull ^ HashBytes(a.bytes);
  std::string mixed = "=_klynge_mixed_" + Hex(hash);
  std::string alternative = "=_klynge_alt_" + Hex(hash);

  std::vector<MimePart> parts;
  parts.push_back({"Content-Type: multipart/alternative;\r\n boundary=\"" + alternative + "\"\r\n",
                   MultipartBody(alternative, {TextPart("plain", text), TextPart("html", html)})});
  for (const MailAttachment& a : attachments) parts.push_back(AttachmentPart(a));

  std::string eml;
  eml += HeaderField("Date", MailDate(clock, invitation.meeting_date));
  eml += HeaderField("Subject", invitation.subject);
  eml += "X-Unsent: 1\r\n";
  eml += "MIME-Version: 1.0\r\n";
  eml += "Content-Type: multipart/mixed;\r\n boundary=\"" + mixed + "\"\r\n";
  eml += "\r\n";
  eml += MultipartBody(mixed, parts);
  return eml;
}

}  // namespace klynge
