#pragma once
// site.yaml: settings that hold for the whole site.

#include <optional>
#include <string>
#include <vector>

namespace klynge {

struct Contact {
  std::string email;
  std::string phone;
};

// site.yaml's `order`: where a package is ordered; at least one of the two.
struct Order {
  std::string url;    // a form; "?pakke=<slug>" is added
  std::string email;  // a prefilled e-mail naming the package
};

struct Site {
  std::string title;
  std::string organisation;
  std::string language = "da";  // "da" or "en": picks the theme's UI strings
  std::string base_url;         // absolute, always ends in '/'
  std::optional<Contact> contact;
  std::vector<std::string> topics;  // listing order; empty = alphabetical
  std::string source_note;
  std::optional<Order> order;  // none: no "Bestil klyngepakken" action
};

}  // namespace klynge
