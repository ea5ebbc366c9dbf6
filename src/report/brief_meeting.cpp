// The brief's meeting sections: the previous meeting of the body, the logistics and deadlines,
// and what is left to complete by hand.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <vector>

#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "report/brief_sections.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using Json = nlohmann::json;

bool took_place_or_will(const Meeting& m) {
  return m.status.value != "cancelled" && m.status.value != "postponed";
}

// Registration and credentials are logistics, whether the record dates them (a `deadlines`
// entry of that type) or the settings derive them; "" for any other deadline.
std::string_view logistics_type(const Meeting& m, const Deadline& d) {
  if (d.source == DeadlineSource::Registration) return "registration";
  if (d.source == DeadlineSource::Credentials) return "credentials";
  if (d.source != DeadlineSource::MeetingDeadline) return "";
  // The uid calendar/deadlines.cpp gives the record's i-th entry: "<id>.deadline-<i>@multilat".
  // Read i from it rather than format every candidate: a record may hold thousands of entries.
  std::string prefix = fmt::format("{}.deadline-", m.header.id.view());
  std::string_view uid = d.uid.view(), suffix = "@multilat";
  if (!uid.starts_with(prefix) || !uid.ends_with(suffix)) return "";
  std::string_view digits = uid.substr(prefix.size(), uid.size() - prefix.size() - suffix.size());
  std::size_t i = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), i);
  if (ec != std::errc() || end != digits.data() + digits.size() || i >= m.deadlines.size()) return "";
  std::string_view type = m.deadlines[i].type.view();
  return type == "registration" || type == "credentials" ? type : "";
}

Json deadline_row(const Store& store, const Deadline& d, Language lang) {
  return {{"due", long_date(d.due, lang)},
          {"what", text_of(d.what, lang)},
          {"owner", d.owner.empty() ? "" : entity_name(store, d.owner, lang)},
          {"owner_id", visible_text(d.owner)},
          {"state", std::string(state_label(d.state, lang))},
          {"late", d.state == DeadlineState::Overdue}};
}

Json hand_item(Language lang, std::string_view key) { return {{"what", i18n::tr_in(lang, key)}}; }

Json hand_item(Language lang, std::string_view key, const std::string& subject) {
  return {{"what", i18n::tr_in(lang, key, fmt::arg("subject", subject))}};
}

void missing_from_agenda(Json& items, const Meeting& m, Language lang) {
  if (m.agenda.empty()) items.push_back(hand_item(lang, "report.hand.agenda"));
  for (const AgendaItem& item : m.agenda) {
    if (item.position.empty())
      items.push_back(hand_item(lang, "report.hand.position", text_of(item.item, lang)));
    if (!item.lead) items.push_back(hand_item(lang, "report.hand.lead", text_of(item.item, lang)));
  }
}

void missing_from_delegation(Json& items, const Store& store, const Meeting& m, Language lang) {
  if (m.delegation.empty()) {
    items.push_back(hand_item(lang, "report.hand.delegation"));
    return;
  }
  bool head = std::any_of(m.delegation.begin(), m.delegation.end(),
                          [](const Delegate& d) { return d.role == "head"; });
  if (!head) items.push_back(hand_item(lang, "report.hand.head"));
  for (const Delegate& d : m.delegation) {
    if (d.person.empty())
      items.push_back(
          hand_item(lang, "report.hand.person", entity_name(store, d.entity.value, lang)));
  }
}

}  // namespace

const Meeting* previous_meeting(const Store& store, const Meeting& m) {
  if (!m.body || !m.start) return nullptr;
  const Meeting* best = nullptr;
  for (const Meeting& other : store.meetings) {
    if (&other == &m || !other.start || !other.body || !took_place_or_will(other)) continue;
    if (other.organisation.value != m.organisation.value || other.body->value != m.body->value)
      continue;
    if (other.start->value >= m.start->value) continue;
    if (!best || other.start->value > best->start->value) best = &other;
  }
  return best;
}

PreviousMeetings previous_meetings(const Store& store) {
  // By organisation and body, the meetings that took place (or will) in start order, ties in
  // record order: previous_meeting() keeps the first of equal starts.
  std::map<std::pair<std::string_view, std::string_view>, std::vector<const Meeting*>> bodies;
  for (const Meeting& m : store.meetings) {
    if (m.start && m.body && took_place_or_will(m)) bodies[{m.organisation.value.view(), m.body->value.view()}].push_back(&m);
  }
  for (auto& [key, held] : bodies) {
    std::stable_sort(held.begin(), held.end(),
                     [](const Meeting* a, const Meeting* b) { return a->start->value < b->start->value; });
  }
  PreviousMeetings previous;
  for (const Meeting& m : store.meetings) {
    if (!m.start || !m.body) continue;
    auto found = bodies.find({m.organisation.value.view(), m.body->value.view()});
    if (found == bodies.end()) continue;
    const auto& held = found->second;
    auto starts_before = [](const Meeting* other, Date day) { return other->start->value < day; };
    auto after_last = std::lower_bound(held.begin(), held.end(), m.start->value, starts_before);
    if (after_last == held.begin()) continue;
    // The first meeting of the latest start before this one's.
    previous[&m] = *std::lower_bound(held.begin(), after_last, (*(after_last - 1))->start->value, starts_before);
  }
  return previous;
}

namespace {

const Meeting* previous_of(const Store& store, const Meeting& m, const ReportContext& c) {
  if (!c.previous) return previous_meeting(store, m);
  auto found = c.previous->find(&m);
  return found == c.previous->end() ? nullptr : found->second;
}

}  // namespace

void set_previous_section(Json& view, const Store& store, const Meeting& m,
                          const ReportContext& c) {
  Language lang = c.language;
  const Meeting* previous = previous_of(store, m, c);
  if (!previous) {
    view["previous"] = false;
    return;
  }
  Json outcomes = Json::array();
  for (const Text& outcome : previous->outcomes) outcomes.push_back(text_of(outcome, lang));
  Json follow_up = Json::array();
  for (const Task& t : previous->follow_up) follow_up.push_back(task_json(store, t, lang, c.today));
  view["previous"] = {
      {"id", visible_text(previous->header.id)},
      {"title", text_of(previous->title, lang)},
      {"dates", meeting_dates(*previous, lang)},
      {"place", previous->is_virtual ? std::string(label(CalendarWord::Online, lang))
                                     : visible_text(previous->location)},
      {"example", previous->header.example},
      {"has_outcomes", !outcomes.empty()},
      {"outcomes", outcomes},
      {"has_follow_up", !follow_up.empty()},
      {"follow_up", follow_up}};
}

void set_logistics_sections(Json& view, const Store& store, const Meeting& m,
                            const ReportContext& c) {
  Language lang = c.language;
  view["registration"] = view["credentials"] = false;
  Json deadlines = Json::array();
  for (const Deadline& d : c.deadlines) {
    if (d.record_kind != Kind::Meeting || d.record != m.header.id) continue;
    std::string_view type = logistics_type(m, d);
    if (type.empty()) {
      deadlines.push_back(deadline_row(store, d, lang));
    } else {
      view[std::string(type)] = deadline_row(store, d, lang);
    }
  }
  view["has_deadlines"] = !deadlines.empty();
  view["deadlines"] = std::move(deadlines);
}

void set_to_complete_section(Json& view, const Store& store, const Meeting& m, const ReportContext& c) {
  Language lang = c.language;
  Json items = Json::array();
  if (m.location.empty() && !m.is_virtual) items.push_back(hand_item(lang, "report.hand.place"));
  if (const Organisation* org = store.organisation(m.organisation.value)) {
    if (!org->focal_point) items.push_back(hand_item(lang, "report.hand.focal-point"));
    if (org->contacts.empty()) items.push_back(hand_item(lang, "report.hand.contacts"));
  }
  const Meeting* previous = previous_of(store, m, c);
  if (previous && previous->outcomes.empty()) {
    items.push_back(
        hand_item(lang, "report.hand.previous-outcomes", text_of(previous->title, lang)));
  }
  missing_from_agenda(items, m, lang);
  missing_from_delegation(items, store, m, lang);
  view["has_to_complete"] = !items.empty();
  view["to_complete"] = std::move(items);
}

}  // namespace multilat
