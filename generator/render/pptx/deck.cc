#include "render/pptx/deck.h"

#include <cmath>

#include "markdown/parsed_markdown.h"
#include "render/chart/figure_charts.h"
#include "render/chart/survey_chart.h"
#include "render/pdf/edition_context.h"
#include "render/pdf/edition_sections.h"
#include "render/pptx/deck_slides.h"

namespace klynge {

namespace {

using deck::Slide;

// A program item's text as the plain lines the speaker notes show: a
// paragraph a line, a list item a line of its own.
std::string PlainParagraphs(const MarkdownText& text) {
  if (text.empty()) return "";
  ParsedMarkdown doc(text);
  std::vector<std::string> lines;
  for (cmark_node* n = cmark_node_first_child(doc.root()); n; n = cmark_node_next(n)) {
    if (cmark_node_get_type(n) == CMARK_NODE_LIST) {
      for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item))
        lines.push_back("– " + PlainText(item));
    } else if (std::string p = PlainText(n); !p.empty()) {
      lines.push_back(p);
    }
  }
  std::string plain;
  for (const std::string& line : lines) plain += (plain.empty() ? "" : "\n") + line;
  return plain;
}

class DeckBuilder {
 public:
  DeckBuilder(const PrintContext& ctx, pdf::TextMeasure& measure) : slides_(ctx, measure), ctx_(ctx) {}

  deck::Deck Build() {
    deck::Deck out;
    out.title = ctx_.package.title + " · " + ctx_.edition->cluster.name;
    out.author = ctx_.site.organisation;
    out.lang = ctx_.lang == Language::kEnglish ? "en-GB" : "da-DK";
    out.style = slides_.Style();
    out.slides.push_back(slides_.Title());
    if (ctx_.package.program) {
      for (Slide& s : slides_.Program(*ctx_.package.program)) out.slides.push_back(std::move(s));
      int clock = 0;
      for (const ProgramBlock& block : ctx_.package.program->blocks) {
        int at = clock;
        for (const ProgramItem& item : block.items) {
          DataSlides(item, at, &out.slides);
          at += item.minutes.value_or(0);
        }
        clock += block.Minutes();
      }
    }
    slides_.Number(&out.slides);
    return out;
  }

 private:
  // `start`: the item's minutes into the meeting, as program.pdf counts them.
  void DataSlides(const ProgramItem& item, int start, std::vector<Slide>* out) {
    std::string notes = ctx_.edition->ClockAt(start);
    if (item.minutes) notes += " · " + FormatDuration(*item.minutes, ctx_.lang);
    if (std::string text = PlainParagraphs(item.text); !text.empty()) notes += "\n" + text;
    std::vector<Slide> made;
    if (!item.indicator.empty())
      if (const IndicatorFigures* f = ctx_.edition->figures.Find(item.indicator)) {
        // The newest period first, as in the handout: it is what the meeting talks about.
        auto add = [&made](std::vector<Slide> slides) {
          for (Slide& s : slides) made.push_back(std::move(s));
        };
        add(slides_.Period(*f, f->newest()));
        if (f->follow_up) add(slides_.FollowUp(*f));
        for (size_t i = f->periods.size() - 1; i-- > 0;) add(slides_.Period(*f, f->periods[i]));
      }
    if (!item.survey.empty())
      if (const SurveyFigures* s = ctx_.edition->figures.FindSurvey(item.survey))
        for (Slide& slide : slides_.Survey(*s)) made.push_back(std::move(slide));
    for (Slide& s : made) {
      s.notes = notes;
      out->push_back(std::move(s));
    }
  }

  deck::SlideMaker slides_;
  const PrintContext& ctx_;
};

}  // namespace

deck::Deck BuildDeck(const PrintContext& ctx, pdf::TextMeasure& measure) { return DeckBuilder(ctx, measure).Build(); }

}  // namespace klynge
