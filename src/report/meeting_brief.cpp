// Builds the two meeting reports' view models from the records.
#include "report/meeting_brief.h"

#include <fmt/format.h>

#include "i18n/tr.h"
#include "render/calendar_labels.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

std::string text_of(const Text& text, Language language) { return visible_text(text.in(language)); }

std::string organisation_name(const Store& store, std::string_view id, Language language) {
  const Organisation* org = store.organisation(id);
  if (!org) return visible_text(id);
  std::string name = text_of(org->name, language);
  if (org->acronym.empty()) return name;
  return fmt::format("{} ({})", name, text_of(org->acronym, language));
}

std::string entity_name(const Store& store, std::string_view id, Language language) {
  const Entity* entity = store.entity(id);
  if (!entity) return visible_text(id);
  return text_of(entity->acronym.empty() ? entity->name : entity->acronym, language);
}

std::string body_name(const Store& store, const Meeting& m, Language language) {
  const Organisation* org = store.organisation(m.organisation.value);
  if (!org || !m.body) return m.body ? visible_text(m.body->value) : "";
  for (const Body& body : org->bodies) {
    if (body.id.value == m.body->value) return text_of(body.name, language);
  }
  return visible_text(m.body->value);
}

std::string dates_of(const Meeting& m, Language language) {
  if (!m.start) return "";
  Date last = std::max(*m.last_day(), m.start->value);
  if (last == m.start->value) return long_date(last, language);
  return i18n::tr_in(language, "report.from-to", fmt::arg("from", long_date(m.start->value, language)),
                     fmt::arg("to", long_date(last, language)));
}

Json meeting_json(const Store& store, const Meeting& m, Language lang) {
  Json out;
  out["id"] = visible_text(m.header.id);
  out["title"] = text_of(m.title, lang);
  out["organisation"] = organisation_name(store, m.organisation.value, lang);
  out["body"] = body_name(store, m, lang);
  out["dates"] = dates_of(m, lang);
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

Json task_json(const Store& store, const Task& t, Language lang, Date today) {
  bool late = t.status == "open" && t.due && t.due->value < today;
  return {{"what", text_of(t.what, lang)},
          {"owner", t.owner ? entity_name(store, t.owner->value, lang) : ""},
          {"due", t.due ? long_date(t.due->value, lang) : ""},
          {"state", i18n::tr_in(lang, fmt::format("report.task.{}", late ? "late" : t.status.str()))},
          {"late", late}};
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
  Json view;
  view["language"] = language_code(lang);
  view["report"] = i18n::tr_in(lang, fmt::format("report.{}.title", kind));
  view["meeting"] = meeting_json(store, m, lang);
  view["heading"] = i18n::tr_in(lang, "report.heading", fmt::arg("report", view["report"].get<std::string>()),
                                fmt::arg("title", text_of(m.title, lang)));
  view["as_of"] = i18n::tr_in(lang, "report.as-of", fmt::arg("date", long_date(c.today, lang)));
  view["delegation"] = delegation_json(store, m, lang);
  view["has_delegation"] = !m.delegation.empty();
  Json labels;
  for (const char* key : {"context", "organisation", "body", "dates", "place", "status",
                          "previous", "open_follow_up", "none", "agenda", "item", "position",
                          "lead", "delegation", "person", "entity", "role", "deadlines", "due",
                          "what", "owner", "state", "outcomes", "follow_up", "report_due",
                          "example", "notes_here"}) {
    std::string word = i18n::tr_in(lang, fmt::format("report.label.{}", key));
    labels[fmt::format("{}_colon", key)] = i18n::tr_in(lang, "mail.colon", fmt::arg("label", word));
    labels[key] = std::move(word);
  }
  view["labels"] = labels;
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
