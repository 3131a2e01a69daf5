#pragma once
// JSON strings written by hand for the search index: nlohmann::json's dump
// spends most of its time checking UTF-8 that the loader checked already.

#include <string>
#include <string_view>

namespace klynge {

// Appends `text` as a JSON string literal, byte for byte as
// nlohmann::json::dump(-1, ' ', false, replace) writes it, except that '<' is
// written \u003c so the data can never close a <script> element.
void AppendJsonString(std::string* out, std::string_view text);

}  // namespace klynge
