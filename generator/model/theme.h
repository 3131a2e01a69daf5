#pragma once
// A theme as loaded from disk: templates, static files and UI strings. The
// HTML renderer takes it as input next to the Catalog.

#include <map>
#include <string>
#include <vector>

#include "model/print_theme.h"

namespace klynge {

// Where a stretch of a template with its partials inlined was written: from
// byte `begin` of the inlined text on, it is `file`'s text from line:column on.
struct TemplateSpan {
  size_t begin = 0;
  std::string file;
  int line = 1;
  int column = 1;  // in code points
};

struct Theme {
  std::string dir;  // where it was read from, for messages
  // Templates by name ("package" for templates/package.mustache), with every
  // {{> partial}} already replaced by the partial's text.
  std::map<std::string, std::string> templates;
  // Per template, its spans in order, so messages about the inlined text can
  // name the file and place the theme's author wrote.
  std::map<std::string, std::vector<TemplateSpan>> template_spans;
  // Files under static/, by path relative to it ("style.css"), as bytes.
  std::map<std::string, std::string> static_files;
  // UI strings in the site's language ("facts_provider" → "Udbyder").
  std::map<std::string, std::string> strings;
  std::string language = "da";
  // print.yaml: fonts and colours of the PDFs.
  PrintTheme print;
};

// "file:line:column" of byte `offset` of the inlined template `name`.
std::string TemplatePlace(const Theme& theme, const std::string& name, size_t offset);

}  // namespace klynge
