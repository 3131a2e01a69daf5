#pragma once
// A Markdown text as plain text for places that show no formatting, such as
// a calendar event's DESCRIPTION: paragraphs apart by a blank line, list
// items as "  - item", emphasis dropped, and each link's address in
// parentheses after its text, so it can still be followed.

#include <string>

#include "model/markdown_text.h"

namespace klynge {

std::string MarkdownToPlainText(const MarkdownText& text);

}  // namespace klynge
