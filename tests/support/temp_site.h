#pragma once
// A throw-away site root for tests: write content files, load, validate, build.

#include <string>

#include "base/diagnostics.h"
#include "load/content_tree.h"
#include "model/catalog.h"

namespace klynge::testing {

// A minimal valid site.yaml, used when a test does not care about it.
extern const char* const kSiteYaml;
// A minimal valid package.md.
extern const char* const kPackageMd;

class TempSite {
 public:
  TempSite();   // makes a fresh folder under the system temp folder
  ~TempSite();  // removes it

  const std::string& root() const { return root_; }
  std::string content() const { return root_ + "/content"; }
  // Writes `text` to content/<rel>, creating folders.
  void Write(const std::string& rel, const std::string& text) const;
  void Remove(const std::string& rel) const;
  // Loads and validates content/; diagnostics paths start with the root.
  Catalog Check(Diagnostics* diags) const;
  // Runs the real klynge binary with `args` in the root; returns its exit
  // code and fills stderr_text (and stdout_text) when given.
  int Run(const std::string& args, std::string* stderr_text = nullptr,
          std::string* stdout_text = nullptr) const;

 private:
  std::string root_;
};

// The diagnostic that best fits `needle` (first whose message contains it), or nullptr.
const Diagnostic* FindDiagnostic(const Diagnostics& diags, const std::string& needle);
// "path:line:col: severity: message" lines, for failure messages.
std::string Describe(const Diagnostics& diags);

// Reads a whole file, or "" when it does not exist.
std::string ReadFile(const std::string& path);

}  // namespace klynge::testing
