#pragma once
// Turns the first syntax error libfyaml reports into an author's message:
// where it is, what is wrong in the author's terms, and how to write it.
// libfyaml's own wording only chooses the message; it is never shown.

#include <cstddef>
#include <string>
#include <string_view>

#include "load/yaml_reader.h"

namespace klynge {

struct YamlSyntaxError {
  std::string raw;  // libfyaml's message
  int line = 1;     // 1-based, in the text
  int column = 1;   // 1-based, in characters
  size_t token_begin = std::string_view::npos;  // byte offsets of the token it names, if any
  size_t token_end = std::string_view::npos;
};

// `line_offset` is added to the lines that the message names.
YamlProblem ExplainSyntaxError(std::string_view text, int line_offset, const YamlSyntaxError& error);

}  // namespace klynge
