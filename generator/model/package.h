#pragma once
// A klyngepakke: the package page and everything that belongs to it.

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "model/drejebog.h"
#include "model/markdown_text.h"
#include "model/program.h"
#include "model/sheets.h"
#include "model/site.h"

namespace klynge {

struct Link {
  std::string title;
  std::string url;
};

// A målepunkt: a rate computed from prescription data.
// What an indicator's figure is: a rate per `per` listed patients, or the
// count of patients itself (content format 1.1, `kind: count`).
enum class IndicatorKind { kRate, kCount };

struct Indicator {
  std::string id;
  std::string title;
  std::string unit;
  int per = 1000;  // rates only
  bool lower_is_better = true;
  MarkdownText description;
  IndicatorKind kind = IndicatorKind::kRate;
};

struct Material {
  std::string title;
  std::string kind;  // slides, video, podcast, handout, questionnaire, other
  std::string url;
};

// A questionnaire the meeting uses; its answers come with each cluster.
struct Survey {
  std::string id;
  std::string title;
};

// A file from the package's assets/ folder, copied to the site as it is.
struct Asset {
  std::string rel;    // "assets/figur-1.png", relative to the package folder
  std::string bytes;
};

struct Package {
  std::string slug;
  std::string title;
  std::string question;
  std::string summary;  // as written; see CardSummary() for the fallback
  std::string topic;
  std::vector<std::string> tags;
  bool follow_up = false;
  std::string follows;  // slug, when follow_up
  std::vector<std::string> related;
  std::string provider;
  std::string price;
  int duration_minutes = 0;
  std::optional<int> order_weeks_before;
  std::optional<Contact> contact;
  std::vector<Link> links;
  std::vector<Indicator> indicators;
  std::vector<Survey> surveys;
  std::vector<Material> materials;
  std::optional<Date> revised;
  bool draft = false;
  MarkdownText body;

  std::optional<Program> program;
  std::optional<Drejebog> drejebog;
  std::vector<AudienceDrejebog> audience_drejebog;  // drejebog-<name>.yaml, by name
  Plan plan;         // defaults when there is no plan.yaml
  NotesSheet notes;  // from notes.yaml, else one section per program block
  std::optional<Praksisark> praksisark;
  std::vector<Asset> assets;

  const Indicator* FindIndicator(const std::string& id) const;
  const Survey* FindSurvey(const std::string& id) const;
};

}  // namespace klynge
