#include "support/html_scan.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "base/utf8.h"

namespace klynge::testing {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Case-insensitive search for `needle` (lower case) from `from`.
size_t FindNoCase(std::string_view hay, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
    bool match = true;
    for (size_t j = 0; j < needle.size() && match; ++j)
      match = std::tolower(static_cast<unsigned char>(hay[i + j])) == needle[j];
    if (match) return i;
  }
  return std::string_view::npos;
}

}  // namespace

const std::string* HtmlTag::Get(std::string_view attribute) const {
  for (const auto& [name, value] : attributes)
    if (name == attribute) return &value;
  return nullptr;
}

std::string DecodeHtmlEntities(std::string_view text) {
  static const std::pair<const char*, const char*> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"},
  };
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '&') {
      out += text[i++];
      continue;
    }
    size_t semi = text.find(';', i);
    if (semi == std::string_view::npos || semi - i > 12) {
      out += text[i++];
      continue;
    }
    std::string_view name = text.substr(i + 1, semi - i - 1);
    bool done = false;
    if (!name.empty() && name[0] == '#') {
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      std::string_view digits = name.substr(hex ? 2 : 1);
      bool valid = !digits.empty() && std::all_of(digits.begin(), digits.end(), [&](char c) {
        return hex ? std::isxdigit(static_cast<unsigned char>(c))
                   : std::isdigit(static_cast<unsigned char>(c));
      });
      if (valid) {
        unsigned long cp = std::stoul(std::string(digits), nullptr, hex ? 16 : 10);
        // &#0; is U+FFFD in HTML; AppendUtf8 replaces surrogates and values past U+10FFFF.
        AppendUtf8(cp == 0 || cp > 0x10FFFF ? U'\uFFFD' : static_cast<char32_t>(cp), &out);
        done = true;
      }
    } else {
      for (const auto& [entity, value] : kNamed) {
        if (name == entity) {
          out += value;
          done = true;
          break;
        }
      }
    }
    if (done) {
      i = semi + 1;
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::string PercentDecode(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::vector<HtmlTag> ScanHtmlTags(std::string_view html) {
  std::vector<HtmlTag> tags;
  size_t i = 0;
  int line = 1;
  size_t counted = 0;  // newlines before `counted` are in `line`
  auto line_at = [&](size_t pos) {
    line += static_cast<int>(std::count(html.begin() + counted, html.begin() + pos, '\n'));
    counted = pos;
    return line;
  };
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?' || html[i + 1] == '/')) {
      size_t end = html.find('>', i);
      i = end == std::string_view::npos ? html.size() : end + 1;
      continue;
    }
    if (i + 1 >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i + 1]))) {
      ++i;  // a stray '<' in text
      continue;
    }
    HtmlTag tag;
    tag.line = line_at(i);
    size_t p = i + 1;
    while (p < html.size() && !IsSpace(html[p]) && html[p] != '>' && html[p] != '/') ++p;
    tag.name = Lower(html.substr(i + 1, p - i - 1));
    while (p < html.size() && html[p] != '>') {
      if (IsSpace(html[p]) || html[p] == '/') {
        ++p;
        continue;
      }
      size_t name_start = p;
      while (p < html.size() && !IsSpace(html[p]) && html[p] != '=' && html[p] != '>' &&
             html[p] != '/')
        ++p;
      std::string name = Lower(html.substr(name_start, p - name_start));
      while (p < html.size() && IsSpace(html[p])) ++p;
      std::string value;
      if (p < html.size() && html[p] == '=') {
        ++p;
        while (p < html.size() && IsSpace(html[p])) ++p;
        if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
          char quote = html[p++];
          size_t end = html.find(quote, p);
          if (end == std::string_view::npos) end = html.size();
          value = DecodeHtmlEntities(html.substr(p, end - p));
          p = std::min(end + 1, html.size());
        } else {
          size_t start = p;
          while (p < html.size() && !IsSpace(html[p]) && html[p] != '>') ++p;
          value = DecodeHtmlEntities(html.substr(start, p - start));
        }
      }
      tag.attributes.emplace_back(std::move(name), std::move(value));
    }
    i = std::min(p + 1, html.size());
    if (tag.name == "script" || tag.name == "style" || tag.name == "title" ||
        tag.name == "textarea") {
      std::string close = "</" + tag.name;
      size_t end = FindNoCase(html, close, i);
      if (end == std::string_view::npos) end = html.size();
      std::string_view raw = html.substr(i, end - i);
      tag.text = (tag.name == "title" || tag.name == "textarea") ? DecodeHtmlEntities(raw)
                                                                 : std::string(raw);
      size_t close_end = html.find('>', end);
      i = close_end == std::string_view::npos ? html.size() : close_end + 1;
    }
    tags.push_back(std::move(tag));
  }
  return tags;
}

}  // namespace klynge::testing
