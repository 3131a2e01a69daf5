#pragma once
// A tiny HTML tag scanner for tests: start tags with their attributes, enough
// to follow links and find ids in the pages klynge writes. Not a parser: it
// does not build a tree and does not repair bad markup (the Nu Html Checker
// judges that).

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace klynge::testing {

struct HtmlTag {
  std::string name;  // lower case
  // Names lower case, values with character references decoded, in source order.
  std::vector<std::pair<std::string, std::string>> attributes;
  // For raw-text elements (title, script, style, textarea): their text, decoded
  // for title and textarea.
  std::string text;
  int line = 0;  // 1-based line of the '<'

  // The attribute's value, or nullptr when the tag does not have it.
  const std::string* Get(std::string_view attribute) const;
};

// Every start tag in `html`, in order; comments, doctypes and end tags skipped.
std::vector<HtmlTag> ScanHtmlTags(std::string_view html);

// Replaces character references (&amp; &lt; &#233; &#xE6; …) by their UTF-8.
// Unknown named references stay as written.
std::string DecodeHtmlEntities(std::string_view text);

// Decodes %XX escapes in a URL part; a malformed escape stays as written.
std::string PercentDecode(std::string_view text);

}  // namespace klynge::testing
