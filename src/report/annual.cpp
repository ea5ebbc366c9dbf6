// Builds the yearly report's view model. A meeting counts for the year it starts in, once it is
// held; a prospect counts as opened in the year of its first dated sign (history, else the day it
// reached its stage), and as signed or dropped in the year it reached that stage.
#include "report/annual.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "report/contribution_lines.h"
#include "report/contributions_cut.h"
#include "report/money.h"
#include "util/fold.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

bool in_year(const LocatedDate& date, int year) {
  return date && static_cast<int>(date->value.year()) == year;
}

std::vector<const Meeting*> held_meetings(const Store& store, int year) {
  std::vector<const Meeting*> out;
  for (const Meeting& m : store.meetings) {
    if (m.status.value == "held" && in_year(m.start, year)) out.push_back(&m);
  }
  std::sort(out.begin(), out.end(), [](const Meeting* a, const Meeting* b) {
    return std::tie(a->start->value, a->header.id) < std::tie(b->start->value, b->header.id);
  });
  return out;
}

Json meetings_by_body(const Store& store, const std::vector<const Meeting*>& held, Language lang) {
  // Sorted by the organisation's name as shown, then the body's.
  std::map<std::pair<std::string, std::string>, Json> groups;
  for (const Meeting* m : held) {
    auto key = std::make_pair(organisation_name(store, m->organisation.value, lang), body_name(store, *m, lang));
    Json& rows = groups[key];
    if (rows.is_null()) rows = Json::array();
    rows.push_back({{"id", visible_text(m->header.id)},
                    {"title", text_of(m->title, lang)},
                    {"dates", meeting_dates(*m, lang)},
                    {"example", m->header.example}});
  }
  Json out = Json::array();
  for (auto& [key, rows] : groups) {
    out.push_back({{"organisation", key.first},
                   {"body", key.second},
                   {"count", fmt::format("{}", rows.size())},
                   {"meetings", rows}});
  }
  return out;
}

Json delegation_days(const Store& store, const std::vector<const Meeting*>& held, Language lang,
                     std::string& total_text) {
  struct Tally {
    long days = 0;
    std::set<std::string> people, meetings;
  };
  std::map<std::string, Tally> by_entity;
  long total = 0;
  for (const Meeting* m : held) {
    long days = days_between(m->start->value, std::max(*m->last_day(), m->start->value)) + 1;
    for (const Delegate& d : m->delegation) {
      Tally& t = by_entity[entity_name(store, d.entity.value, lang)];
      t.days += days;
      t.people.insert(fold_for_comparison(d.person));
      t.meetings.insert(m->header.id.str());
      total += days;
    }
  }
  Json rows = Json::array();
  for (const auto& [entity, t] : by_entity) {
    rows.push_back({{"entity", entity},
                    {"days", fmt::format("{}", t.days)},
                    {"people", fmt::format("{}", t.people.size())},
                    {"meetings", fmt::format("{}", t.meetings.size())}});
  }
  total_text = fmt::format("{}", total);
  return rows;
}

Json decisions(const Store& store, const std::vector<const Meeting*>& held, const ReportContext& c,
               Json& counts) {
  Language lang = c.language;
  std::map<std::string, std::size_t> tally;  // open, late, done, dropped
  std::size_t outcome_count = 0;
  Json rows = Json::array();
  for (const Meeting* m : held) {
    if (m->outcomes.empty() && m->follow_up.empty()) continue;
    Json outcomes = Json::array();
    for (const Text& o : m->outcomes) outcomes.push_back(text_of(o, lang));
    outcome_count += m->outcomes.size();
    Json follow = Json::array();
    for (const Task& t : m->follow_up) {
      Json row = task_json(store, t, lang, c.today);
      ++tally[row["late"].get<bool>() ? "late" : t.status.str()];
      follow.push_back(std::move(row));
    }
    rows.push_back({{"id", visible_text(m->header.id)},
                    {"title", text_of(m->title, lang)},
                    {"has_outcomes", !outcomes.empty()},
                    {"outcomes", outcomes},
                    {"follow_up", follow},
                    {"has_follow_up", !follow.empty()}});
  }
  std::string summary;
  for (const char* state : {"open", "late", "done", "dropped"}) {
    if (!summary.empty()) summary += ", ";
    summary += i18n::trn_in(lang, fmt::format("report.follow-up.{}", state), tally[state]);
  }
  counts = {{"outcomes", fmt::format("{}", outcome_count)}, {"summary", summary}};
  for (const char* state : {"open", "late", "done", "dropped"}) {
    counts[state] = fmt::format("{}", tally[state]);
  }
  return rows;
}

// Paid in the year: a payment dated in it, or an occurrence of recurring dues falling in it and
// covered by `paid-through` (whose payment day the records do not give).
Json contributions_paid(const Store& store, int year, const ReportContext& c, Json& view) {
  Language lang = c.language;
  struct Line {
    Date paid;
    std::string org;
    Json row;
  };
  std::vector<Line> lines;
  MoneyTotals totals;
  Date first_day{std::chrono::year{year}, std::chrono::January, std::chrono::day{1}};
  Date last_day{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}};
  ContributionLines listed = contribution_lines(store.organisations, {first_day, last_day});
  set_contributions_cut(view, listed.cut, lang);
  for (const ContributionLine& line : listed.lines) {
    if (!line.paid) continue;
    Date when = line.paid_on.value_or(line.due);
    if (static_cast<int>(when.year()) != year) continue;
    const Organisation& org = *line.organisation;
    const Contribution& k = *line.contribution;
    totals.add(k.money.currency, line.cents);
    lines.push_back({when, org.header.id.str(),
                     {{"organisation", organisation_short(store, org.header.id, lang)},
                      {"id", visible_text(org.header.id)},
                      {"what", text_of(k.what, lang)},
                      {"amount", money_text(line.cents, k.money.currency, lang)},
                      {"paid", line.paid_on ? long_date(*line.paid_on, lang)
                                            : i18n::tr_in(lang, "report.due-paid", fmt::arg("date", long_date(line.due, lang)))},
                      {"example", org.header.example}}});
  }
  std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) {
    return std::tie(a.paid, a.org) < std::tie(b.paid, b.org);
  });
  Json rows = Json::array();
  for (Line& line : lines) rows.push_back(std::move(line.row));
  view["paid_xpf"] = xpf_whole(totals, store.settings.currency_rates, lang);
  return rows;
}

// The first dated sign of a prospect: its first history entry, else the day it reached its stage.
std::optional<Date> opened_on(const Prospect& p) {
  std::optional<Date> first;
  for (const HistoryEntry& h : p.history) {
    if (h.date && (!first || h.date->value < *first)) first = h.date->value;
  }
  if (!first && p.stage_since) first = p.stage_since->value;
  return first;
}

// A list of prospects in date order (then by id, for a stable order on the same day).
class DatedRows {
 public:
  void add(Date when, std::string id, Json row) { rows_.push_back({when, std::move(id), std::move(row)}); }
  Json sorted() {
    std::sort(rows_.begin(), rows_.end(),
              [](const Dated& a, const Dated& b) { return std::tie(a.when, a.id) < std::tie(b.when, b.id); });
    Json out = Json::array();
    for (Dated& d : rows_) out.push_back(std::move(d.row));
    return out;
  }

 private:
  struct Dated {
    Date when;
    std::string id;
    Json row;
  };
  std::vector<Dated> rows_;
};

Json prospects_moved(const Store& store, int year, const ReportContext& c) {
  Language lang = c.language;
  DatedRows opened, signed_, dropped;
  for (const Prospect& prospect : store.prospects) {
    const Prospect* p = &prospect;
    std::string partner = p->partner ? organisation_short(store, p->partner->value, lang)
                          : p->partner_name ? text_of(p->partner_name->value, lang) : "";
    auto row = [&](Date when) {
      return Json{{"id", visible_text(p->header.id)},
                  {"title", text_of(p->title, lang)},
                  {"partner", partner},
                  {"lead", entity_name(store, p->lead.value, lang)},
                  {"stage", i18n::tr_in(lang, fmt::format("value.stage.{}", p->stage.value))},
                  {"date", long_date(when, lang)},
                  {"example", p->header.example}};
    };
    std::string id = p->header.id.str();
    auto first = opened_on(*p);
    if (first && static_cast<int>(first->year()) == year) opened.add(*first, id, row(*first));
    if (!in_year(p->stage_since, year)) continue;
    Date since = p->stage_since->value;
    if (p->stage.value == "signed") signed_.add(since, id, row(since));
    if (p->stage.value == "dropped" || p->stage.value == "declined") dropped.add(since, id, row(since));
  }
  Json o = opened.sorted(), s = signed_.sorted(), d = dropped.sorted();
  return {{"opened", o}, {"signed", s}, {"dropped", d},
          {"has_opened", !o.empty()}, {"has_signed", !s.empty()}, {"has_dropped", !d.empty()}};
}

}  // namespace

Json annual_report(const Store& store, int year, const ReportContext& c) {
  Language lang = c.language;
  Json view = report_frame(lang, "annual", fmt::format("{}", year), c.today, store.settings);
  view["year"] = fmt::format("{}", year);
  auto held = held_meetings(store, year);
  view["meeting_count"] = i18n::trn_in(lang, "report.annual.meeting-count", held.size());
  view["bodies"] = meetings_by_body(store, held, lang);
  view["has_bodies"] = !view["bodies"].empty();
  std::string total_days;
  view["days"] = delegation_days(store, held, lang, total_days);
  view["has_days"] = !view["days"].empty();
  view["days_total"] = total_days;
  Json counts;
  view["decisions"] = decisions(store, held, c, counts);
  view["has_decisions"] = !view["decisions"].empty();
  view["follow_up_counts"] = counts;
  view["paid"] = contributions_paid(store, year, c, view);
  view["has_paid"] = !view["paid"].empty();
  view["prospects"] = prospects_moved(store, year, c);
  view["labels"] = report_labels(
      c, {"meetings_attended", "organisation", "body", "count", "title", "dates", "delegation_days",
             "entity", "days", "people", "meetings", "total", "decisions", "outcomes", "follow_up",
             "what", "owner", "due", "state", "follow_up_state",
             "contributions_paid", "amount", "paid", "total_xpf", "prospects_year", "opened",
             "signed", "dropped_declined", "partner", "lead", "stage", "date", "none", "example",
             "record"});
  view["footer"] = i18n::tr_in(lang, "report.footer-all");
  return view;
}

}  // namespace multilat
