#pragma once
// Shortening one line of text to a width, for labels, running headers and
// envelope windows that must never overprint their neighbours.

#include <functional>
#include <string>
#include <string_view>

namespace klynge {

// How wide `text` is, in whatever unit the caller's width is in.
using WidthOf = std::function<float(std::string_view text)>;

// `text` unchanged when it is at most `width` wide, else cut at a UTF-8 code
// point boundary (spaces before the cut dropped) and ended with "…" so that
// it is; "…" alone when nothing fits.
std::string FitToWidth(const std::string& text, float width, const WidthOf& width_of);

}  // namespace klynge
