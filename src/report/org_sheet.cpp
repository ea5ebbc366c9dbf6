// Builds the fact sheet's view model: every list sorted, every total the sum of its lines.
#include "report/org_sheet.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "report/contribution_lines.h"
#include "report/contributions_cut.h"
#include "report/money.h"
#include "report/org_views.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

std::string cadence_text(const Body& body, Language lang) {
  std::string out;
  if (body.cadence) {
    int months = body.cadence->months;
    if (months == 0) out = i18n::tr_in(lang, "report.cadence.irregular");
    else if (months == 12) out = i18n::tr_in(lang, "report.cadence.yearly");
    else if (months == 6) out = i18n::tr_in(lang, "report.cadence.twice-yearly");
    else if (months % 12 == 0) out = i18n::trn_in(lang, "report.cadence.years", static_cast<std::size_t>(months / 12));
    else out = i18n::trn_in(lang, "report.cadence.months", static_cast<std::size_t>(months));
  }
  if (body.month) {
    std::string month = i18n::tr_in(lang, "report.cadence.in-month",
                                    fmt::arg("month", month_name(static_cast<unsigned>(*body.month), lang)));
    out = out.empty() ? month : fmt::format("{}, {}", out, month);
  }
  return out;
}

Json contributions(const Store& store, const Organisation& org, const ReportContext& c, Json& view) {
  Language lang = c.language;
  std::map<int, MoneyTotals> by_year;
  MoneyTotals all;  // shown only in XPF: a sum across currencies means nothing unconverted
  Json rows = Json::array();
  // Recurring dues are shown up to a year ahead, so that the next one is on the sheet.
  ContributionLines listed = contribution_lines(
      std::span(&org, 1), {std::nullopt, add_duration(c.today, Duration{1, DurationUnit::Years})});
  set_contributions_cut(view, listed.cut, lang);
  for (const ContributionLine& line : listed.lines) {
    const Contribution& k = *line.contribution;
    int year = static_cast<int>(line.due.year());
    bool late = !line.paid && line.due < c.today;
    std::string state = line.paid_on ? i18n::tr_in(lang, "report.paid-on", fmt::arg("date", long_date(*line.paid_on, lang)))
                        : line.paid  ? i18n::tr_in(lang, "report.paid")
                                     : i18n::tr_in(lang, late ? "report.task.late" : "report.unpaid");
    rows.push_back({{"year", fmt::format("{}", year)},
                    {"what", text_of(k.what, lang)},
                    {"amount", money_text(line.cents, k.money.currency, lang)},
                    {"due", k.due ? long_date(line.due, lang) : ""},
                    {"owner", k.owner ? entity_name(store, k.owner->value, lang) : ""},
                    {"owner_id", k.owner ? visible_text(k.owner->value) : ""},
                    {"state", state},
                    {"late", late}});
    by_year[year].add(k.money.currency, line.cents);
    all.add(k.money.currency, line.cents);
  }
  Json years = Json::array();
  for (const auto& [year, totals] : by_year) {
    years.push_back({{"year", fmt::format("{}", year)}, {"total", totals.text(lang)}});
  }
  view["contribution_years"] = std::move(years);
  view["contribution_xpf"] = xpf_whole(all, store.settings.currency_rates, lang);
  return rows;
}

Json meeting_rows(const Store& store, const std::vector<const Meeting*>& meetings, Language lang) {
  Json rows = Json::array();
  for (const Meeting* m : meetings) {
    rows.push_back({{"id", visible_text(m->header.id)},
                    {"title", text_of(m->title, lang)},
                    {"dates", meeting_dates(*m, lang)},
                    {"body", body_name(store, *m, lang)},
                    {"status", std::string(meeting_status_label(m->status.value, lang))},
                    {"delegation", delegation_summary(store, *m, lang)},
                    {"example", m->header.example}});
  }
  return rows;
}

void meetings(const Store& store, const Organisation& org, const ReportContext& c, Json& view) {
  std::vector<const Meeting*> past, coming;
  for (const Meeting& m : store.meetings) {
    if (m.organisation.value != org.header.id || !m.start) continue;
    (*m.last_day() < c.today ? past : coming).push_back(&m);
  }
  auto by_start = [](const Meeting* a, const Meeting* b) {
    return std::tie(a->start->value, a->header.id) < std::tie(b->start->value, b->header.id);
  };
  std::sort(past.begin(), past.end(), by_start);
  std::sort(coming.begin(), coming.end(), by_start);
  view["meetings_past"] = meeting_rows(store, past, c.language);
  view["meetings_coming"] = meeting_rows(store, coming, c.language);
}

// The focal point and the entities involved, as text and, for pages that link them, by id.
void set_entities(Json& view, const Store& store, const Organisation& org, Language lang) {
  view["focal_point"] = org.focal_point ? Json(entity_name(store, org.focal_point->value, lang)) : Json(false);
  view["focal_point_id"] = org.focal_point ? visible_text(org.focal_point->value) : "";
  view["involved"] = involved_text(store, org, lang);
  Json involved = Json::array();
  for (const Located<Str>& id : org.involved) {
    involved.push_back({{"name", entity_name(store, id.value, lang)}, {"entity_id", visible_text(id.value)}});
  }
  view["involved_entities"] = std::move(involved);
}

}  // namespace

Json org_sheet(const Store& store, const Organisation& org, const ReportContext& c) {
  Language lang = c.language;
  Json view = report_frame(lang, "org", organisation_name(store, org.header.id, lang), c.today,
                           store.settings);
  view["org"] = org_identity(org, lang);
  Json history = Json::array();
  for (const StatusChange& change : org.nc_history) {
    history.push_back({{"status", i18n::tr_in(lang, fmt::format("value.nc-status.{}", change.status))},
                       {"since", date_or_empty(change.since, lang)}});
  }
  set_list(view, "history", history);
  Json bodies = Json::array();
  for (const Body& body : org.bodies) {
    bodies.push_back({{"name", text_of(body.name, lang)}, {"cadence", cadence_text(body, lang)}});
  }
  set_list(view, "bodies", bodies);
  set_entities(view, store, org, lang);
  set_list(view, "contributions", contributions(store, org, c, view));
  Json strategies = Json::array();
  for (const Strategy& s : org.strategies) strategies.push_back(strategy_row(store, s, c));
  set_list(view, "strategies", strategies);
  set_list(view, "actions", open_action_rows(store, org, c));
  meetings(store, org, c, view);
  view["has_meetings_past"] = !view["meetings_past"].empty();
  view["has_meetings_coming"] = !view["meetings_coming"].empty();
  set_list(view, "prospects", prospect_rows(store, org, lang));
  set_list(view, "contacts", contact_rows(org));
  view["labels"] = report_labels(
      c, {"identity", "name", "acronym", "type", "headquarters", "website", "nc_status", "since",
             "history", "bodies", "body", "cadence", "focal_point", "involved", "contributions",
             "year", "what", "amount", "due", "owner", "state", "total", "total_by_year", "total_xpf",
             "strategies", "strategy", "period", "input_due", "actions", "meetings_past",
             "meetings_coming", "dates", "title", "status", "delegation", "prospects", "stage",
             "lead", "value", "next_step", "contacts", "role", "email", "phone", "none",
             "example", "record"});
  view["footer"] = i18n::tr_in(lang, "report.footer", fmt::arg("id", visible_text(org.header.id)));
  return view;
}

}  // namespace multilat
