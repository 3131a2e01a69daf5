#include "validate/cluster_validator.h"

#include <cmath>
#include <map>
#include <set>

#include "base/messages.h"
#include "base/text.h"
#include "load/csv_table.h"
#include "validate/file_keys.h"
#include "validate/markdown_checker.h"
#include "validate/observation_validator.h"
#include "validate/survey_validator.h"
#include "validate/yaml_map.h"

namespace klynge {

namespace {

// "HH:MM" with 00-23 and 00-59, as minutes after midnight.
std::optional<int> ParseClock(std::string_view s) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (s.size() != 5 || s[2] != ':' || !digit(s[0]) || !digit(s[1]) || !digit(s[3]) || !digit(s[4]))
    return std::nullopt;
  int hours = (s[0] - '0') * 10 + (s[1] - '0');
  int minutes = (s[3] - '0') * 10 + (s[4] - '0');
  if (hours > 23 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

bool IsPracticeId(std::string_view s) {
  if (s.size() != 6) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

class ClusterValidator {
 public:
  ClusterValidator(const ClusterSource& source, const ContentTree& tree,
                   const std::vector<Package>& packages, Diagnostics* diags, std::optional<Date> today)
      : source_(source), tree_(tree), packages_(packages), diags_(diags), today_(today) {}

  std::optional<ClusterEdition> Run() {
    if (!source_.cluster || !source_.cluster->ok) return std::nullopt;  // reported by the loader
    int errors = diags_->error_count();
    const YamlDocument& doc = *source_.cluster;
    edition_.slug = source_.slug;
    {
      YamlMap map(doc, doc.root, "cluster.yaml", diags_, file_keys::kCluster);
      if (!map.ok()) return std::nullopt;
      edition_.name = map.String("name", Need::kRequired).value_or("");
      edition_.region = map.String("region").value_or("");
      edition_.coordinator = map.String("coordinator").value_or("");
      ReadPackage(map);
      ReadMeeting(map);
      CheckTaskDates();
      edition_.open_data = map.Choice("data_mode", {"closed", "open"}).value_or("closed") == "open";
      ReadPractices(map);
      ReadData(map);
      ReadComparators(map);
    }
    CheckCoverage();
    if (diags_->error_count() > errors) return std::nullopt;
    return std::move(edition_);
  }

 private:
  void ReadPackage(const YamlMap& map) {
    std::optional<std::string> slug = map.Slug("package", Need::kRequired);
    if (!slug) return;
    edition_.package = *slug;
    for (const Package& p : packages_)
      if (p.slug == *slug) package_ = &p;
    if (package_) return;
    std::vector<std::string> slugs;
    for (const PackageSource& p : tree_.packages) {
      if (p.slug == *slug) return;  // exists, but its own errors were reported
      slugs.push_back(p.slug);
    }
    std::string hint = NearestWord(*slug, slugs);
    map.Error(map.WhereValue("package"),
              "package `" + *slug + "` does not exist in packages/" +
                  (hint.empty() ? std::string() : " (did you mean `" + hint + "`?)"));
  }

  void ReadMeeting(const YamlMap& map) {
    if (!map.Has("meeting")) {
      map.Error(map.Where(),
                "cluster.yaml is missing the required key `meeting` (with at least `date`)");
      return;
    }
    YamlMap m(map.doc(), map.Get("meeting"), "`meeting`", diags_, file_keys::kMeeting);
    if (!m.ok()) return;
    if (std::optional<Date> date = m.DateValue("date", Need::kRequired)) {
      edition_.meeting.date = *date;
      meeting_date_at_ = m.WhereValue("date");
      // Most often last round's cluster.yaml copied for the next meeting.
      if (today_ && *date < *today_)
        m.Warning(*meeting_date_at_, "the meeting date " + date->Iso() + " is before the build's date " +
                                         today_->Iso() + ": the invitation and the drejebog's dates are in the past");
    }
    if (std::optional<std::string> start = m.String("start")) {
      edition_.meeting.start_minutes = ParseClock(*start);
      if (!edition_.meeting.start_minutes)
        m.Error(m.WhereValue("start"),
                "`start` must be a time written HH:MM such as \"16:00\", found " + Quoted(*start));
    }
    edition_.meeting.place = m.String("place").value_or("");
    ReadInvitation(m);
  }

  // What only the invitation uses: the registration deadline and the coordinator's note.
  void ReadInvitation(const YamlMap& m) {
    edition_.meeting.rsvp_by = m.DateValue("rsvp_by", Need::kOptional);
    if (edition_.meeting.rsvp_by && meeting_date_at_ && *edition_.meeting.rsvp_by > edition_.meeting.date)
      m.Warning(m.WhereValue("rsvp_by"), "`rsvp_by` " + edition_.meeting.rsvp_by->Iso() +
                                             " is after the meeting (" + edition_.meeting.date.Iso() +
                                             "): the invitation asks the participants to register by then");
    if (std::optional<MarkdownText> note = m.Markdown("note")) {
      // Links are checked as from the cluster's folder; the invitation makes them absolute.
      CheckMarkdown(*note, "clusters/" + source_.slug, tree_, diags_);
      edition_.meeting.note = std::move(*note);
    }
  }

  // The drejebøger's offsets counted from this meeting must land on a date a
  // calendar can hold (kLastDate): +6m from 9999-12-31 would be year 10000.
  // The package is right for other meetings, so the meeting date is blamed.
  void CheckTaskDates() {
    if (!meeting_date_at_ || !package_) return;
    const PackageSource* source = nullptr;
    for (const PackageSource& p : tree_.packages)
      if (p.slug == package_->slug) source = &p;
    auto file_of = [](const YamlDocument* doc, const std::string& fallback) {
      return doc && doc->file ? doc->file->path() : fallback;
    };
    if (package_->drejebog &&
        !CheckTaskDates(*package_->drejebog,
                        file_of(source && source->drejebog ? &*source->drejebog : nullptr, "drejebog.yaml")))
      return;
    for (const AudienceDrejebog& audience : package_->audience_drejebog) {
      const YamlDocument* doc = nullptr;
      if (source) {
        auto it = source->audience_drejebog.find(audience.name);
        if (it != source->audience_drejebog.end()) doc = &it->second;
      }
      if (!CheckTaskDates(audience.drejebog, file_of(doc, audience.FileStem() + ".yaml"))) return;
    }
  }

  // False (reported) when a task of `drejebog` falls after kLastDate.
  bool CheckTaskDates(const Drejebog& drejebog, const std::string& file) {
    const Date& meeting = edition_.meeting.date;
    for (Phase phase : {Phase::kBefore, Phase::kDuring, Phase::kAfter}) {
      for (const Task& task : drejebog.tasks(phase)) {
        if (!task.when) continue;
        Date day = task.when->From(meeting);
        if (day <= kLastDate) continue;
        std::string when = (task.when->amount > 0 ? "+" : "") + std::to_string(task.when->amount) +
                           task.when->unit;
        diags_->Error(*meeting_date_at_,
                      "meeting date " + meeting.Iso() + " puts the drejebog task \"" + task.title +
                          "\" (when: " + when + ", " + file + ":" + std::to_string(task.line) +
                          ") on " + day.Iso() + ", after " + kLastDate.Iso() +
                          ", the last date a calendar can hold");
        return false;  // one task names the problem; its fix, the meeting date, is the same for all
      }
    }
    return true;
  }

  void ReadPractices(const YamlMap& map) {
    if (!map.Has("practices")) {
      map.Error(map.Where(),
                "cluster.yaml is missing the required key `practices` (the cluster's clinics)");
      return;
    }
    const YamlNode* list = map.Get("practices");
    if (!list->IsSequence() || list->items().empty()) {
      map.Error(map.WhereValue("practices"),
                "`practices` must be a list of {id, name}, one per clinic, found " +
                    (list->IsSequence() ? std::string("an empty list") : KindOf(list)));
      return;
    }
    practices_read_ = true;
    std::map<std::string, SourceLocation> first;
    for (const YamlNode* item : list->items()) {
      YamlMap p(map.doc(), item, Text(Msg::kWhatPractice), diags_, {"id", "name", "address"});
      if (!p.ok()) continue;
      Practice practice;
      std::optional<std::string> id = ReadPracticeId(p);
      std::optional<std::string> name = p.String("name", Need::kRequired);
      if (!id) continue;
      SourceLocation at = p.WhereValue("id");
      auto [it, inserted] = first.emplace(*id, at);
      if (!inserted) {
        p.Error(at, "practice id " + *id + " is listed twice; line " +
                        std::to_string(it->second.line) + " has it already");
        continue;
      }
      std::vector<std::string> address = ReadAddress(p);
      if (!name) continue;
      edition_.practices.push_back({*id, *name, std::move(address)});
    }
  }

  // The lines under the clinic's name in an envelope's window: a DIN 5008
  // address field holds six lines, the name takes one.
  std::vector<std::string> ReadAddress(const YamlMap& p) {
    std::optional<std::vector<std::string>> lines = p.StringList("address");
    if (!lines) return {};
    if (lines->empty() || lines->size() > 5) {
      p.Error(p.WhereValue("address"), "`address` must be 1 to 5 lines such as [Vestergade 12, 9000 Aalborg], found " +
                                           std::to_string(lines->size()) + " lines");
      return {};
    }
    for (const std::string& line : *lines) {
      if (!line.empty()) continue;
      p.Error(p.WhereValue("address"), "`address` has an empty line; leave it out");
      return {};
    }
    return *lines;
  }

  // The ydernummer as written: the tree keeps a plain scalar's text, so
  // leading zeros survive whether or not it is quoted.
  std::optional<std::string> ReadPracticeId(const YamlMap& p) {
    if (!p.Has("id")) {
      p.Error(p.Where(), "a practice is missing the required key `id` (its 6-digit ydernummer)");
      return std::nullopt;
    }
    const YamlNode* v = p.Get("id");
    if (!IsScalar(v)) {
      p.Error(p.WhereValue("id"),
              "`id` must be a 6-digit ydernummer such as \"012345\", found " + KindOf(v));
      return std::nullopt;
    }
    std::string id = v->text();
    written_ids_.insert(id);
    if (IsPracticeId(id)) return id;
    std::string message =
        "`id` must be a ydernummer of exactly 6 digits such as \"012345\", found " + Quoted(id);
    if (!id.empty() && id.size() < 6 && id.find_first_not_of("0123456789") == std::string::npos)
      message += " (if it starts with 0, write all six digits in quotes)";
    p.Error(p.WhereValue("id"), message);
    return std::nullopt;
  }

  void ReadData(const YamlMap& map) {
    std::set<std::string> listed;
    if (map.Has("data")) {
      const YamlNode* list = map.Get("data");
      if (!list->IsSequence()) {
        map.Error(
            map.WhereValue("data"),
            "`data` must be a list of CSV file names such as [opioid.csv], found " + KindOf(list));
        return;
      }
      for (const YamlNode* item : list->items()) {
        std::optional<std::string> name = AsString(item);
        SourceLocation at = map.doc().At(item);
        if (!name) {
          map.Error(at, "each entry of `data` must be a CSV file name, found " + KindOf(item));
          continue;
        }
        if (!listed.insert(*name).second) {
          map.Error(at, "data file `" + *name + "` is listed twice in `data`");
          continue;
        }
        CheckDataFile(map, *name, at);
      }
    }
    for (const auto& [name, file] : source_.csv_files) {
      if (!listed.count(name))
        diags_->Warning({file->path()},
                        "CSV file not listed in `data` of cluster.yaml; it is not used");
    }
  }

  void CheckDataFile(const YamlMap& map, const std::string& name, const SourceLocation& at) {
    auto it = source_.csv_files.find(name);
    if (it != source_.csv_files.end()) {
      edition_.data_files.push_back(name);
      tables_.push_back(ParseCsv(*it->second, diags_));
      // A header alone is how `klynge new cluster` leaves it: the data was never pasted in.
      if (tables_.back().rows.size() == 1)
        diags_->Warning({it->second->path(), 1, 1},
                        "data file `" + name + "` has a header but no rows: the cluster's documents show no data from it");
      return;
    }
    std::string rel = "clusters/" + source_.slug + "/" + name;
    bool is_csv = name.size() > 4 && name.ends_with(".csv");
    // A CSV file that exists but could not be read was reported by the loader.
    if (is_csv && tree_.paths.count(rel)) return;
    if (!is_csv) {
      map.Error(at, "data file `" + name + "` must be a .csv file (comma-separated, UTF-8)");
      return;
    }
    std::vector<std::string> names;
    for (const auto& [n, f] : source_.csv_files) names.push_back(n);
    std::string hint = NearestWord(name, names);
    map.Error(at, "data file `" + name + "` does not exist in " + source_.dir +
                      (hint.empty() ? std::string() : " (did you mean `" + hint + "`?)"));
  }

  void ReadComparators(const YamlMap& map) {
    if (!map.Has("comparators")) return;
    const YamlNode* list = map.Get("comparators");
    if (!list->IsSequence()) {
      map.Error(map.WhereValue("comparators"),
                "`comparators` must be a list of {indicator, period, label, value}, found " +
                    KindOf(list));
      return;
    }
    std::map<std::pair<std::string, std::string>, int> first;
    for (const YamlNode* item : list->items()) {
      YamlMap c(map.doc(), item, Text(Msg::kWhatComparator), diags_, {"indicator", "period", "label", "value"});
      if (!c.ok()) continue;
      std::optional<std::string> indicator = c.String("indicator", Need::kRequired);
      std::optional<std::string> period = c.String("period", Need::kRequired);
      std::optional<std::string> label = c.String("label", Need::kRequired);
      std::optional<double> value = c.Number("value", Need::kRequired);
      bool ok = indicator && period && label && value;
      if (value && !std::isfinite(*value)) {
        c.Error(c.WhereValue("value"), "`value` must be a finite number such as 41.2");
        ok = false;
      }
      if (indicator && package_ && !package_->FindIndicator(*indicator)) {
        std::vector<std::string> ids;
        for (const Indicator& i : package_->indicators) ids.push_back(i.id);
        std::string hint = NearestWord(*indicator, ids);
        c.Error(c.WhereValue("indicator"),
                "unknown indicator `" + *indicator + "`: not an indicator of package `" +
                    package_->slug + "`" +
                    (hint.empty() ? std::string() : " (did you mean `" + hint + "`?)"));
        ok = false;
      }
      if (!ok) continue;
      SourceLocation at = c.Where();
      auto [it, inserted] = first.emplace(std::make_pair(*indicator, *period), at.line);
      if (!inserted) {
        c.Error(at, "a second comparator for indicator " + *indicator + " and period " + *period +
                        "; line " + std::to_string(it->second) + " has one already");
        continue;
      }
      edition_.comparators.push_back({*indicator, *period, *label, *value});
      comparator_places_.push_back(at);
    }
  }

  // The data rows, then what an author likely mistyped: a comparator or a
  // practice that no data row matches.
  void CheckCoverage() {
    // Without a readable practice list every row would be blamed for it.
    ObservationValidator rows(practices_read_ ? std::optional(written_ids_) : std::nullopt, package_, diags_);
    SurveyValidator answers(package_, diags_);
    for (const CsvTable& table : tables_) {
      if (IsSurveyTable(table)) {
        answers.Check(table, &edition_.surveys);
      } else {
        rows.Check(table, &edition_.observations);
      }
    }
    answers.Order(&edition_.surveys);
    if (edition_.observations.empty()) return;
    for (size_t i = 0; i < edition_.comparators.size(); ++i) {
      const Comparator& c = edition_.comparators[i];
      bool used = false;
      for (const Observation& o : edition_.observations)
        used = used || (o.indicator == c.indicator && o.period == c.period);
      if (!used)
        diags_->Warning(comparator_places_[i], "no data row has indicator " + c.indicator +
                                                   " and period " + c.period +
                                                   "; this comparator is not shown");
    }
  }

  const ClusterSource& source_;
  const ContentTree& tree_;
  const std::vector<Package>& packages_;
  Diagnostics* diags_;
  const Package* package_ = nullptr;
  std::optional<SourceLocation> meeting_date_at_;
  ClusterEdition edition_;
  std::set<std::string> written_ids_;
  bool practices_read_ = false;  // `practices` is a list (its entries may still be wrong)
  std::vector<CsvTable> tables_;
  std::vector<SourceLocation> comparator_places_;
  std::optional<Date> today_;
};

}  // namespace

std::optional<ClusterEdition> ValidateCluster(const ClusterSource& source, const ContentTree& tree,
                                              const std::vector<Package>& packages,
                                              Diagnostics* diags, std::optional<Date> today) {
  return ClusterValidator(source, tree, packages, diags, today).Run();
}

}  // namespace klynge
