#pragma once
// The pieces of an Internet message (RFC 5322) with MIME bodies (RFC 2045-2047):
// encodings, header fields and multipart bodies, as bytes with CRLF line ends.

#include <string>
#include <vector>

#include "base/build_clock.h"
#include "base/date.h"

namespace klynge {

// Base64 (RFC 2045, 6.8) in lines of 76 characters, each ended by CRLF.
std::string Base64Lines(const std::string& bytes);

// Quoted-printable (RFC 2045, 6.7) of UTF-8 text whose lines end in '\n':
// hard line breaks become CRLF, lines are soft-broken before 76 characters,
// never inside an =XX escape, and a space or tab before a line end is escaped.
std::string QuotedPrintable(const std::string& text);

// "Name: value" folded below 78 characters with CRLF SP. A value that is not
// all printable ASCII is written as RFC 2047 encoded-words (UTF-8, base64),
// each at most 75 characters and never splitting a UTF-8 character.
std::string HeaderField(const std::string& name, const std::string& value);

// The Date field's value (RFC 5322, 3.3) for the build's clock, or midnight
// UTC of `fallback` when the clock is unset: "Thu, 12 Mar 2026 00:00:00 +0000".
std::string MailDate(const BuildClock& clock, const Date& fallback);

// One body part: its header fields (each a HeaderField or written alike) and its body.
struct MimePart {
  std::string headers;  // CRLF-ended fields
  std::string body;     // encoded, CRLF-ended lines
};

// A multipart body (RFC 2046, 5.1): the parts between `boundary` delimiters,
// closed by the final delimiter. The boundary must not occur in any part;
// one that contains "=_" cannot occur in base64 or quoted-printable text.
std::string MultipartBody(const std::string& boundary, const std::vector<MimePart>& parts);

}  // namespace klynge
