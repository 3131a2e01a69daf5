#pragma once
// What validation and the search index need from a Markdown body, read from
// its one parse (markdown/body.h): its limit problems, its links and images
// with their places, and its plain text. Small enough to keep between
// builds (MarkdownCache), so an unchanged body is not parsed to validate it.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_cache.h"
#include "markdown/markdown_limits.h"
#include "model/markdown_text.h"

namespace klynge {

// About this many bytes of a body's plain text are searched.
inline constexpr size_t kMaxIndexedText = 4000;

struct MarkdownLink {
  bool image = false;
  std::string url;
  // 1-based line and byte column in the Markdown text: the link's own, or
  // (block_position) the nearest block's when cmark gives an inline none.
  int line = 0;
  int column = 0;
  bool block_position = false;
  bool no_alt = false;  // an image without alternative text (a tagged PDF's Figure needs one)
};

struct MarkdownFacts {
  // Over a limit: when not empty, the text was not read further.
  std::vector<MarkdownLimitProblem> problems;
  std::vector<MarkdownLink> links;  // links and images in document order
  std::string index_text;           // the blocks' plain text joined by spaces, cut near kMaxIndexedText
  std::string first_paragraph;      // plain text of the first top-level paragraph
};

// Parses `text` once and reads its facts.
MarkdownFacts ReadMarkdownFacts(const MarkdownText& text);

class MarkdownCache;

// The loader's facts of `text` when it has them (a .md body), else those
// found in `cache` (optional), else read now and stored there; with
// `content_dir` (the text's folder, as BodyOf takes it), read from the
// text's one Body.
std::shared_ptr<const MarkdownFacts> FactsOf(const MarkdownText& text, MarkdownCache* cache = nullptr,
                                             std::optional<std::string_view> content_dir = std::nullopt);

std::string EncodeMarkdownFacts(const MarkdownFacts& facts);
std::shared_ptr<const MarkdownFacts> DecodeMarkdownFacts(std::string_view bytes);

// The facts of Markdown bodies, by their text, kept between builds.
class MarkdownCache : public TextCache<MarkdownFacts> {
 public:
  MarkdownCache();
};

}  // namespace klynge
