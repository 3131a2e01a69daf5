#pragma once
// plan.yaml, notes.yaml and praksisark.md: the sheets clinics write on or take home.

#include <optional>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "load/yaml_document.h"
#include "model/program.h"
#include "model/sheets.h"

namespace klynge {

// plan.yaml over the defaults of Plan (every problem reported; a key with an
// error keeps its default).
Plan ValidatePlan(const YamlDocument& doc, Diagnostics* diags);

// notes.yaml; without `sections` the sections come from `program` as
// DefaultNotes makes them.
NotesSheet ValidateNotes(const YamlDocument& doc, const std::optional<Program>& program,
                         Diagnostics* diags);

// The notes sheet without notes.yaml: one section per non-break program block,
// or one general section when there is no program.
NotesSheet DefaultNotes(const std::optional<Program>& program);

// praksisark.md: front matter with `title`, then Markdown. nullopt when its
// front matter could not be read.
std::optional<Praksisark> ValidatePraksisark(const MarkdownDocument& page, Diagnostics* diags);

}  // namespace klynge
