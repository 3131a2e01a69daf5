#pragma once
// Where a place in a Markdown text is in its content file. cmark counts
// bytes within the Markdown text, which for a YAML value is shifted (and for
// a block scalar de-indented) from the file line.

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "model/markdown_text.h"

namespace klynge {

// The file line and character column of 1-based `line` and byte `column` of
// `source`'s text, found by looking for the text's line in the file's.
SourceLocation MarkdownFileLocation(const MarkdownText& source, int line, int column, const ContentTree& tree);

}  // namespace klynge
