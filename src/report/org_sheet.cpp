// Builds the fact sheet's view model: every list sorted, every total the sum of its lines.
#include "report/org_sheet.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "i18n/tr.h"
#include "render/calendar_labels.h"
#include "report/contribution_lines.h"
#include "report/contributions_cut.h"
#include "report/money.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

std::string date_or_empty(const LocatedDate& date, Language lang) {
  return date ? long_date(date->value, lang) : "";
}

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

Json identity(const Organisation& org, Language lang) {
  std::string name = text_of(org.name, lang);
  return {{"id", visible_text(org.header.id)},
          {"name", name},
          {"acronym", text_of(org.acronym, lang)},
          {"type", org.type.empty() ? "" : i18n::tr_in(lang, fmt::format("report.org-type.{}", org.type))},
          {"headquarters", visible_text(org.headquarters)},
          {"website", visible_text(org.website)},
          {"status", i18n::tr_in(lang, fmt::format("value.nc-status.{}", org.nc_status.value))},
          {"since", date_or_empty(org.nc_since, lang)},
          {"example", org.header.example}};
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
                    {"state", state},
                    {"late", late}});
    by_year[year].add(k.money.currency, line.cents);
    all.add(k.money.currency, line.cents);
  }
  Json years = Json::array();
  for (const auto& [year, totals] : by_year) {
    years.push_back({{"year", fmt::format("{}", year)}, {"total", totals.text(lang)}});
  }
  view["contribution_years"] = years;
  view["contribution_xpf"] = xpf_whole(all, store.settings.currency_rates, lang);
  return rows;
}

Json strategies(const Store& store, const Organisation& org, const ReportContext& c) {
  Language lang = c.language;
  Json rows = Json::array();
  for (const Strategy& s : org.strategies) {
    bool late = !s.input_sent && s.input_due && s.input_due->value < c.today;
    std::string state = s.input_sent
                            ? i18n::tr_in(lang, "report.input-sent", fmt::arg("date", long_date(s.input_sent->value, lang)))
                            : s.input_due ? i18n::tr_in(lang, late ? "report.task.late" : "report.task.open")
                                          : "";
    rows.push_back({{"title", text_of(s.title, lang)},
                    {"period", visible_text(s.period)},
                    {"input_due", date_or_empty(s.input_due, lang)},
                    {"owner", s.owner ? entity_name(store, s.owner->value, lang) : ""},
                    {"state", state},
                    {"late", late}});
  }
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

Json prospects(const Store& store, const Organisation& org, const ReportContext& c) {
  Language lang = c.language;
  std::vector<const Prospect*> mine;
  for (const Prospect& p : store.prospects) {
    if (p.partner && p.partner->value == org.header.id) mine.push_back(&p);
  }
  std::sort(mine.begin(), mine.end(),
            [](const Prospect* a, const Prospect* b) { return a->header.id < b->header.id; });
  Json rows = Json::array();
  for (const Prospect* p : mine) {
    std::string value;
    if (p->value) {
      if (auto cents = parse_cents(p->value->amount)) value = money_text(*cents, p->value->currency, lang);
    }
    rows.push_back({{"id", visible_text(p->header.id)},
                    {"title", text_of(p->title, lang)},
                    {"stage", i18n::tr_in(lang, fmt::format("value.stage.{}", p->stage.value))},
                    {"lead", entity_name(store, p->lead.value, lang)},
                    {"value", value},
                    {"next", p->next_step ? text_of(p->next_step->what, lang) : ""},
                    {"example", p->header.example}});
  }
  return rows;
}

void set_list(Json& view, const std::string& key, Json rows) {
  view[fmt::format("has_{}", key)] = !rows.empty();
  view[key] = std::move(rows);
}

}  // namespace

Json org_sheet(const Store& store, const Organisation& org, const ReportContext& c) {
  Language lang = c.language;
  Json view = report_frame(lang, "org", organisation_name(store, org.header.id, lang), c.today,
                           store.settings);
  view["org"] = identity(org, lang);
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
  view["focal_point"] = org.focal_point ? Json(entity_name(store, org.focal_point->value, lang)) : Json(false);
  std::string involved;
  for (const Located<Str>& id : org.involved) {
    if (!involved.empty()) involved += ", ";
    involved += entity_name(store, id.value, lang);
  }
  view["involved"] = involved.empty() ? Json(false) : Json(involved);
  set_list(view, "contributions", contributions(store, org, c, view));
  set_list(view, "strategies", strategies(store, org, c));
  Json actions = Json::array();
  for (const Task& t : org.actions) {
    if (t.status == "open") actions.push_back(task_json(store, t, lang, c.today));
  }
  set_list(view, "actions", actions);
  meetings(store, org, c, view);
  view["has_meetings_past"] = !view["meetings_past"].empty();
  view["has_meetings_coming"] = !view["meetings_coming"].empty();
  set_list(view, "prospects", prospects(store, org, c));
  Json contacts = Json::array();
  for (const Contact& contact : org.contacts) {
    contacts.push_back({{"name", visible_text(contact.name)},
                        {"role", visible_text(contact.role)},
                        {"email", visible_text(contact.email)},
                        {"phone", visible_text(contact.phone)}});
  }
  set_list(view, "contacts", contacts);
  view["labels"] = report_labels(
      lang, {"identity", "name", "acronym", "type", "headquarters", "website", "nc_status", "since",
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
