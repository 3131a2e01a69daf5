#include "render/html/feed.h"

#include <algorithm>
#include <vector>

#include "render/html/package_page.h"
#include "render/html/page.h"
#include "render/html/site_paths.h"
#include "render/html/story_pages.h"
#include "render/markup_escape.h"

namespace klynge {

namespace {

struct Entry {
  Date updated;
  std::string url;  // absolute; also the entry's id
  std::string title;
  std::string category;
  std::string summary;
};

// Atom wants a date-time; content has days, so midnight UTC stands for the day.
std::string AtomTime(const Date& date) { return date.Iso() + "T00:00:00Z"; }

}  // namespace

std::string AtomFeed(const IndexContext& ctx) {
  const Site& site = ctx.site;
  std::vector<Entry> entries;
  for (const Package* p : ctx.published) {
    if (!p->revised) continue;
    entries.push_back({*p->revised, AbsoluteUrl(site.base_url, PackageDir(p->slug)), Marked(ctx, p->title, p->draft),
                       p->topic,
                       ShortText(p->question.empty() ? PackageSummary(*p) : p->question, 300)});
  }
  for (const Story* s : ctx.stories)
    entries.push_back({s->date, AbsoluteUrl(site.base_url, StoryDir(s->slug)), Marked(ctx, s->title, s->draft),
                       ctx.Ui("stories"), ShortText(StorySummary(*s), 300)});
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.updated != b.updated) return a.updated > b.updated;
    return a.url < b.url;
  });
  // With nothing dated, the feed is empty and dated at the epoch: still a
  // valid feed, and still the same bytes in every build.
  Date newest = entries.empty() ? Date{} : entries.front().updated;
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" + EscapeMarkup(site.language) + "\">\n";
  xml += "  <title>" + EscapeMarkup(site.title) + "</title>\n";
  xml += "  <subtitle>" + EscapeMarkup(ctx.Ui("feed_subtitle")) + "</subtitle>\n";
  xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"" +
         EscapeMarkup(site.base_url + kFeedPath) + "\"/>\n";
  xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeMarkup(site.base_url) + "\"/>\n";
  xml += "  <id>" + EscapeMarkup(site.base_url) + "</id>\n";
  xml += "  <updated>" + AtomTime(newest) + "</updated>\n";
  xml += "  <author><name>" + EscapeMarkup(site.organisation) + "</name></author>\n";
  for (const Entry& e : entries) {
    xml += "  <entry>\n";
    xml += "    <title>" + EscapeMarkup(e.title) + "</title>\n";
    xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"" + EscapeMarkup(e.url) + "\"/>\n";
    xml += "    <id>" + EscapeMarkup(e.url) + "</id>\n";
    xml += "    <updated>" + AtomTime(e.updated) + "</updated>\n";
    xml += "    <category term=\"" + EscapeMarkup(e.category) + "\"/>\n";
    if (!e.summary.empty()) xml += "    <summary>" + EscapeMarkup(e.summary) + "</summary>\n";
    xml += "  </entry>\n";
  }
  xml += "</feed>\n";
  return xml;
}

}  // namespace klynge
