#pragma once
// A theme as loaded from disk: templates, static files and UI strings. The
// HTML renderer takes it as input next to the Catalog.

#include <map>
#include <string>

#include "model/print_theme.h"

namespace klynge {

struct Theme {
  std::string dir;  // where it was read from, for messages
  // Templates by name ("package" for templates/package.mustache), with every
  // {{> partial}} already replaced by the partial's text.
  std::map<std::string, std::string> templates;
  // Files under static/, by path relative to it ("style.css"), as bytes.
  std::map<std::string, std::string> static_files;
  // UI strings in the site's language ("facts_provider" → "Udbyder").
  std::map<std::string, std::string> strings;
  std::string language = "da";
  // print.yaml: fonts and colours of the PDFs.
  PrintTheme print;
};

}  // namespace klynge
