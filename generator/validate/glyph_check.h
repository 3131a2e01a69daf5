#pragma once
// Finds the characters of content that no font of the PDFs can draw: they
// would print as empty boxes, so the author hears of each at file:line:col.

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "model/print_theme.h"

namespace klynge {

// A warning at the first place in each content file of each character that
// neither the regular face nor the fallback face of `print` has. Runs once
// the theme is loaded, as only then are its fonts known; faces that did not
// load check nothing (the theme check reports them).
void CheckGlyphs(const ContentTree& tree, const PrintTheme& print, Diagnostics* diags);

}  // namespace klynge
