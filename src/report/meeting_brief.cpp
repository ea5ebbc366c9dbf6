// Builds the two meeting reports' view models from the records.
#include "report/meeting_brief.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "report/brief_sections.h"
#include "i18n/calendar_words.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

Json meeting_json(const Store& store, const Meeting& m, Language lang) {
  Json out;
  out["id"] = visible_text(m.header.id);
  out["title"] = text_of(m.title, lang);
  out["organisation"] = organisation_name(store, m.organisation.value, lang);
  out["organisation_id"] = visible_text(m.organisation.value);
  out["body"] = body_name(store, m, lang);
  out["dates"] = meeting_dates(m, lang);
  out["place"] = m.is_virtual ? std::string(label(CalendarWord::Online, lang)) : visible_text(m.location);
  out["status"] = std::string(meeting_status_label(m.status.value, lang));
  out["example"] = m.header.example;
  return out;
}

Json delegation_json(const Store& store, const Meeting& m, Language lang) {
  Json rows = Json::array();
  for (const Delegate& d : m.delegation) {
    std::string role = d.role.empty() ? "" : i18n::tr_in(lang, fmt::format("report.role.{}", d.role));
    rows.push_back({{"person", d.person.empty() ? i18n::tr_in(lang, "report.no-person")
                                                : visible_text(d.person)},
                    {"entity", entity_name(store, d.entity.value, lang)},
                    {"entity_id", visible_text(d.entity.value)},
                    {"role", role}});
  }
  return rows;
}

Json base(const Store& store, const Meeting& m, const ReportContext& c, std::string_view kind) {
  Language lang = c.language;
  Json view = report_frame(lang, kind, text_of(m.title, lang), c.today, store.settings);
  view["meeting"] = meeting_json(store, m, lang);
  view["delegation"] = delegation_json(store, m, lang);
  view["has_delegation"] = !m.delegation.empty();
  view["labels"] = report_labels(
      c, {"organisation", "body", "dates", "place", "status", "none", "delegation", "person",
             "entity", "role", "due", "what", "owner", "state", "outcomes", "follow_up",
             "example", "notes_here"});
  view["footer"] = i18n::tr_in(lang, "report.footer", fmt::arg("id", visible_text(m.header.id)));
  return view;
}

}  // namespace

Json meeting_brief(const Store& store, const Meeting& m, const ReportContext& c) {
  Json view = base(store, m, c, "meeting");
  view["labels"].update(report_labels(c,
      {"org_and_body", "nc_status", "since", "focal_point", "involved", "contacts", "email",
       "phone", "contribution_position", "amount", "in_xpf", "dues_total", "dues_paid",
       "dues_unpaid", "dues_overdue", "no_dues", "arrears", "arrears_total", "no_arrears",
       "previous", "previous_follow_up", "open_with_org", "actions", "strategy_inputs",
       "strategy", "input_due", "prospects", "title", "stage", "value", "next_step", "agenda",
       "item", "position", "lead", "logistics", "registration", "credentials", "deadlines",
       "to_complete", "to_complete_note"}));
  set_organisation_sections(view, store, m, c);
  set_previous_section(view, store, m, c);
  Json agenda = Json::array();
  for (const AgendaItem& item : m.agenda) {
    agenda.push_back({{"item", text_of(item.item, c.language)},
                      {"position", text_of(item.position, c.language)},
                      {"lead", item.lead ? entity_name(store, item.lead->value, c.language) : ""},
                      {"lead_id", item.lead ? visible_text(item.lead->value) : ""}});
  }
  view["has_agenda"] = !agenda.empty();
  view["agenda"] = std::move(agenda);
  set_logistics_sections(view, store, m, c);
  set_to_complete_section(view, store, m, c);
  return view;
}

std::optional<Date> not_yet_started(const Meeting& m, Date today) {
  if (m.start && m.start->value > today) return m.start->value;
  return std::nullopt;
}

Json meeting_after(const Store& store, const Meeting& m, const ReportContext& c) {
  Language lang = c.language;
  Json view = base(store, m, c, "after");
  view["labels"].update(report_labels(c, {"report_due"}));
  Json outcomes = Json::array();
  for (const Text& outcome : m.outcomes) outcomes.push_back(text_of(outcome, lang));
  view["has_outcomes"] = !outcomes.empty();
  view["outcomes"] = std::move(outcomes);
  Json follow_up = Json::array();
  for (const Task& t : m.follow_up) follow_up.push_back(task_json(store, t, lang, c.today));
  view["has_follow_up"] = !follow_up.empty();
  view["follow_up"] = std::move(follow_up);
  view["report_due"] = false;
  for (const Deadline& d : c.deadlines) {
    if (d.record == m.header.id && d.source == DeadlineSource::Report) {
      view["report_due"] = long_date(d.due, lang);
    }
  }
  return view;
}

}  // namespace multilat
