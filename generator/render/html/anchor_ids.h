#pragma once
// Heading anchors: ids made from Danish heading text, unique within a page.

#include <set>
#include <string>
#include <string_view>

namespace klynge {

// "Hvorfor er dette vigtigt?" → "hvorfor-er-dette-vigtigt"; æ → ae, ø → oe,
// å → aa, accents dropped, anything else a single '-'. "" when nothing is left.
std::string Slugify(std::string_view text);

// Hands out ids for one page: the same text twice gets "x", then "x-2", "x-3".
class AnchorIds {
 public:
  // Marks an id the page's template uses, so no heading takes it.
  void Reserve(const std::string& id) { used_.insert(id); }
  // A fresh id for a heading with this text ("afsnit" when the text has no letters).
  std::string Take(std::string_view text);

 private:
  std::set<std::string> used_;
};

}  // namespace klynge
