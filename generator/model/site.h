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

struct Site {
  std::string title;
  std::string organisation;
  std::string language = "da";  // "da" or "en": picks the theme's UI strings
  std::string base_url;         // absolute, always ends in '/'
  std::optional<Contact> contact;
  std::vector<std::string> topics;  // listing order; empty = alphabetical
  std::string source_note;
};

}  // namespace klynge
