#pragma once
// kainjow mustache renders a name it cannot find as an empty string, without
// a word. This resolves a template's tags against the data a page gives it,
// the way mustache looks names up (innermost section first), so a misspelt
// name is an error at its place instead of a silent gap in the page.

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "load/template_tags.h"
#include "render/html/html_templates.h"

namespace klynge {

struct TemplateProblem {
  size_t offset = 0;    // byte offset of the tag in the template
  std::string message;  // "{{titel}} is not supplied"

  auto operator<=>(const TemplateProblem&) const = default;
};

class TemplateNameCheck {
 public:
  explicit TemplateNameCheck(std::string text);

  // Resolves every tag against `data` (a page's data), then `shared`, as the
  // renderer looks them up. Sections the data does not enter stay unchecked.
  void Check(const TemplateData& shared, const TemplateData& data);
  void Check(const TemplateData& data);

  // Names not supplied, values used as text that are sections, tags that
  // do not scan; with `unentered`, also every section no data ever entered
  // (whose contents are unchecked). In template order.
  std::vector<TemplateProblem> Problems(bool unentered = false) const;

 private:
  size_t MatchingClose(size_t open) const;
  void Walk(size_t begin, size_t end, std::vector<const TemplateData*>* stack);

  std::string text_;
  bool ok_ = false;
  std::vector<TemplateTag> tags_;
  std::set<size_t> entered_;
  std::set<TemplateProblem> problems_;
};

}  // namespace klynge
