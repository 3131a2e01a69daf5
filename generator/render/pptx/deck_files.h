#pragma once
// The chair's deck in a cluster's pack: praesentation.pptx and the same
// slides as praesentation.pdf. ctx.edition must be set.

#include <string>

#include "base/status.h"
#include "render/pdf/print_context.h"

namespace klynge {

Status RenderDeckPptx(const PrintContext& ctx, std::string* bytes);
Status RenderDeckPdf(const PrintContext& ctx, std::string* bytes);

}  // namespace klynge
