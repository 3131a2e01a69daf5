#pragma once
// Typography in content (content-format.md): straight double quotes become
// the theme's quotes, a straight apostrophe ’, `--` an en dash and `---` an
// em dash. Code and URLs are left as written; the HTML and the PDF renderers
// each call this on the text they print, so both print the same characters.

#include <map>
#include <string>
#include <string_view>

namespace klynge {

// What the theme prints for straight quotes and around footnotes.
struct Typography {
  std::string open = "\u00BB";   // »: the project's default language is Danish
  std::string close = "\u00AB";  // «
  std::string notes_heading = "Noter";               // above a text's footnotes
  std::string back_to_note = "Tilbage til henvisning";  // a footnote's back-link, before its number
};

// The theme's: its UI strings `quote_open`, `quote_close`, `footnotes` and
// `footnote_back`, else those of `language` (»…« for Danish, “…” otherwise).
Typography TypographyFor(const std::string& language, const std::map<std::string, std::string>& strings);

// `text` with typographic quotes and dashes; `before` is the text printed
// just before it in the same block ("" at a block's start), which tells an
// opening quote from a closing one.
std::string Typeset(std::string_view text, std::string_view before, const Typography& quotes);

}  // namespace klynge
