#pragma once
// Text made safe for HTML and XML content and attribute values.

#include <string>

namespace klynge {

// Escapes & < > " and ' (as &#39;, valid in both HTML and XML).
std::string EscapeMarkup(const std::string& text);

}  // namespace klynge
