// Builds the two meeting reports' view models from the records.
#include "report/meeting_brief.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "render/calendar_labels.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

Json meeting_json(const Store& store, const Meeting& m, Language lang) {
  Json out;
  out["id"] = visible_text(m.header.id);
  out["title"] = text_of(m.title, lang);
  out["organisation"] = organisation_name(store, m.organisation.value, lang);
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
                    {"role", role}});
  }
  return rows;
}

// The meeting of the same organisation and body that started last before this one.
const Meeting* previous_meeting(const Store& store, const Meeting& m) {
  if (!m.body || !m.start) return nullptr;
  const Meeting* best = nullptr;
  for (const Meeting& other : store.meetings) {
    if (&other == &m || !other.start || !other.body) continue;
    if (other.organisation.value != m.organisation.value || other.body->value != m.body->value) continue;
    if (other.start->value >= m.start->value) continue;
    if (!best || other.start->value > best->start->value) best = &other;
  }
  return best;
}

Json base(const Store& store, const Meeting& m, const ReportContext& c, std::string_view kind) {
  Language lang = c.language;
  Json view = report_frame(lang, kind, text_of(m.title, lang), c.today, store.settings);
  view["meeting"] = meeting_json(store, m, lang);
  view["delegation"] = delegation_json(store, m, lang);
  view["has_delegation"] = !m.delegation.empty();
  view["labels"] = report_labels(
      lang, {"context", "organisation", "body", "dates", "place", "status", "previous",
             "open_follow_up", "none", "agenda", "item", "position", "lead", "delegation",
             "person", "entity", "role", "deadlines", "due", "what", "owner", "state", "outcomes",
             "follow_up", "report_due", "example", "notes_here"});
  view["footer"] = i18n::tr_in(lang, "report.footer", fmt::arg("id", visible_text(m.header.id)));
  return view;
}

}  // namespace

Json meeting_brief(const Store& store, const Meeting& m, const ReportContext& c) {
  Language lang = c.language;
  Json view = base(store, m, c, "meeting");
  if (const Meeting* previous = previous_meeting(store, m)) {
    Json open = Json::array();
    for (const Task& t : previous->follow_up) {
      if (t.status == "open") open.push_back(task_json(store, t, lang, c.today));
    }
    view["previous"] = {{"meeting", meeting_json(store, *previous, lang)},
                        {"open", open},
                        {"has_open", !open.empty()}};
  } else {
    view["previous"] = false;
  }
  Json agenda = Json::array();
  for (const AgendaItem& item : m.agenda) {
    agenda.push_back({{"item", text_of(item.item, lang)},
                      {"position", text_of(item.position, lang)},
                      {"lead", item.lead ? entity_name(store, item.lead->value, lang) : ""}});
  }
  view["agenda"] = agenda;
  view["has_agenda"] = !agenda.empty();
  Json deadlines = Json::array();
  for (const Deadline& d : c.deadlines) {
    if (d.record_kind != Kind::Meeting || d.record != m.header.id) continue;
    deadlines.push_back({{"due", long_date(d.due, lang)},
                         {"what", text_of(d.what, lang)},
                         {"owner", d.owner.empty() ? "" : entity_name(store, d.owner, lang)},
                         {"state", std::string(state_label(d.state, lang))},
                         {"late", d.state == DeadlineState::Overdue}});
  }
  view["deadlines"] = deadlines;
  view["has_deadlines"] = !deadlines.empty();
  return view;
}

Json meeting_after(const Store& store, const Meeting& m, const ReportContext& c) {
  Language lang = c.language;
  Json view = base(store, m, c, "after");
  Json outcomes = Json::array();
  for (const Text& outcome : m.outcomes) outcomes.push_back(text_of(outcome, lang));
  view["outcomes"] = outcomes;
  view["has_outcomes"] = !outcomes.empty();
  Json follow_up = Json::array();
  for (const Task& t : m.follow_up) follow_up.push_back(task_json(store, t, lang, c.today));
  view["follow_up"] = follow_up;
  view["has_follow_up"] = !follow_up.empty();
  view["report_due"] = false;
  for (const Deadline& d : c.deadlines) {
    if (d.record == m.header.id && d.source == DeadlineSource::Report) {
      view["report_due"] = long_date(d.due, lang);
    }
  }
  return view;
}

}  // namespace multilat
