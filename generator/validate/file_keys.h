#pragma once
// The top-level keys each content file accepts: one list that the validators
// check against and that the tests hold `klynge new`'s skeletons to, so a key
// added to the format cannot be missing from its skeleton unnoticed.

#include <string>
#include <vector>

namespace klynge::file_keys {

inline const std::vector<std::string> kSite = {"title",   "organisation", "language",   "base_url",
                                               "contact", "topics",       "source_note", "order"};
inline const std::vector<std::string> kPackage = {
    "title",    "question", "summary",            "topic",   "tags",  "kind",       "follows",
    "related",  "provider", "price",              "duration", "order_weeks_before", "contact",
    "links",    "indicators", "surveys",          "materials", "revised", "draft"};
inline const std::vector<std::string> kProgram = {"title", "blocks"};
inline const std::vector<std::string> kDrejebog = {"before", "during", "after"};
// drejebog-<name>.yaml: the same phases for another audience.
inline const std::vector<std::string> kAudienceDrejebog = {"title", "audience", "before", "during", "after"};
inline const std::vector<std::string> kPlan = {"title", "intro", "columns", "rows", "sizes"};
inline const std::vector<std::string> kNotes = {"title", "sections"};
inline const std::vector<std::string> kPraksisark = {"title"};
inline const std::vector<std::string> kStory = {"title", "date", "cluster", "packages", "summary", "draft"};
// pages/<slug>.md: a free page.
inline const std::vector<std::string> kPage = {"title", "summary", "menu", "draft"};
inline const std::vector<std::string> kCluster = {"name",      "region",   "coordinator", "package",    "meeting",
                                                  "data_mode", "practices", "data",       "comparators"};
inline const std::vector<std::string> kMeeting = {"date", "start", "place", "rsvp_by", "note"};

}  // namespace klynge::file_keys
