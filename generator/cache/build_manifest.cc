#include "cache/build_manifest.h"

#include <charconv>
#include <cstdio>

#include "base/text.h"

namespace klynge {

namespace {

// Bump when the layout below or the meaning of a key changes.
constexpr std::string_view kHeader = "klynge-cache 1";

std::string Hex(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

bool ParseDec(std::string_view s, uint64_t* v) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *v, 10);
  return ec == std::errc() && end == s.data() + s.size() && !s.empty();
}

// Splits off the first space-separated word of `*rest`.
std::string_view Word(std::string_view* rest) {
  size_t sp = rest->find(' ');
  std::string_view word = rest->substr(0, sp);
  *rest = sp == std::string_view::npos ? std::string_view() : rest->substr(sp + 1);
  return word;
}

}  // namespace

const char* PartName(BuildPart part) {
  switch (part) {
    case BuildPart::kSite: return "site";
    case BuildPart::kPdf: return "pdf";
    case BuildPart::kClusters: return "clusters";
  }
  return "site";
}

// One record a line; paths and texts come last on their line, so they may hold spaces.
std::string SerializeManifest(const BuildManifest& m) {
  std::string out(kHeader);
  out += "\nwarnings " + std::to_string(m.warnings) + "\n";
  for (const auto& [name, digest] : m.parts) out += "part " + name + " " + Hex(digest) + "\n";
  for (const std::string& f : m.extra_inputs) out += "input " + f + "\n";
  for (const auto& [name, key] : m.units) out += "unit " + name + " " + Hex(key) + "\n";
  for (const auto& [path, r] : m.files)
    out += "file " + r.unit + " " + Hex(r.hash) + " " + std::to_string(r.size) + " " + path + "\n";
  size_t start = 0;
  while (start < m.diagnostics.size()) {
    size_t nl = m.diagnostics.find('\n', start);
    if (nl == std::string::npos) nl = m.diagnostics.size();
    out += "diag " + m.diagnostics.substr(start, nl - start) + "\n";
    start = nl + 1;
  }
  return out;
}

bool ParseManifest(std::string_view text, BuildManifest* m) {
  *m = BuildManifest{};
  size_t start = 0;
  bool first = true;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return false;  // cut short: not written in full
    std::string_view rest = text.substr(start, nl - start);
    start = nl + 1;
    if (first) {
      if (rest != kHeader) return false;
      first = false;
      continue;
    }
    std::string_view kind = Word(&rest);
    uint64_t a = 0, b = 0;
    if (kind == "warnings") {
      if (!ParseDec(rest, &a)) return false;
      m->warnings = static_cast<int>(a);
    } else if (kind == "part") {
      std::string_view name = Word(&rest);
      if (!ParseHex(rest, &a)) return false;
      m->parts[std::string(name)] = a;
    } else if (kind == "input") {
      m->extra_inputs.emplace_back(rest);
    } else if (kind == "unit") {
      std::string_view name = Word(&rest);
      if (!ParseHex(rest, &a)) return false;
      m->units[std::string(name)] = a;
    } else if (kind == "file") {
      std::string_view unit = Word(&rest);
      if (!ParseHex(Word(&rest), &a) || !ParseDec(Word(&rest), &b) || rest.empty()) return false;
      m->files[std::string(rest)] = OutputRecord{std::string(unit), a, b};
    } else if (kind == "diag") {
      m->diagnostics.append(rest);
      m->diagnostics.push_back('\n');
    } else {
      return false;
    }
  }
  return !first;
}

}  // namespace klynge
