#pragma once
// A deck as a .pptx file: the PresentationML parts in a fixed order, zipped
// with fixed dates, so the same deck always gives the same bytes.

#include <string>

#include "base/status.h"
#include "render/pptx/slide.h"

namespace klynge::deck {

Status WritePptx(const Deck& deck, std::string* bytes);

}  // namespace klynge::deck
