#pragma once
// Reads the content folder: the only part of klynge that reads content files.

#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "load/content_bytes.h"
#include "load/content_tree.h"
#include "load/yaml_cache.h"
#include "markdown/markdown_facts.h"

namespace klynge {

// Largest text file accepted; cmark-gfm is quadratic on some inputs.
inline constexpr size_t kMaxTextFileBytes = 1 << 20;

// What earlier builds made from texts that did not change; each optional.
struct ParseCaches {
  YamlCache* yaml = nullptr;          // parsed YAML documents
  MarkdownCache* markdown = nullptr;  // the facts of .md bodies (the caller drops unused ones)
};

// Reads `content_dir` (a path as the user gave it, used in diagnostics).
// Path, encoding and YAML syntax problems go to `diags`; what could be read
// is returned either way so that one run reports every problem. YAML is
// parsed, and each .md body read for its MarkdownFacts, on up to `threads`
// threads (0: one per core); texts found in `caches` are not parsed again. Files found in `bytes` (optional,
// moved out of it) are not read again; the rest are read through `fs` (null: the disk).
ContentTree LoadContent(const std::string& content_dir, Diagnostics* diags, unsigned threads = 0,
                        ParseCaches caches = {}, ContentBytes* bytes = nullptr, FileSystem* fs = nullptr);

// Splits "---\nYAML\n---\nbody" and parses the YAML; for tests and `new`.
MarkdownDocument ParseMarkdownDocument(const SourceFile& file, Diagnostics* diags);

}  // namespace klynge
