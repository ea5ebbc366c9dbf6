// iCalendar output through libical, which escapes text and folds long lines as RFC 5545 asks.
#include <fmt/format.h>
#include <libical/ical.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "i18n/calendar_words.h"
#include "util/visible_text.h"
#include "i18n/tr.h"
#include "render/calendar_render.h"

namespace multilat {
namespace {

using ComponentPtr = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;
// libical allocates the text with malloc.
struct FreeText {
  void operator()(char* text) const { std::free(text); }
};
using TextPtr = std::unique_ptr<char, FreeText>;

constexpr const char* kProductId = "-//multilat//multilat 0.1//EN";

// A DATE value: all-day, floating, so that every client shows it on that calendar day.
icaltimetype ical_date(Date date) {
  icaltimetype t = icaltime_null_date();
  t.year = static_cast<int>(date.year());
  t.month = static_cast<int>(static_cast<unsigned>(date.month()));
  t.day = static_cast<int>(static_cast<unsigned>(date.day()));
  return t;
}

// DTSTAMP must be a UTC date-time; midnight of "today" keeps the output deterministic.
icaltimetype midnight_utc(Date date) {
  icaltimetype t = icaltime_null_time();
  t.year = static_cast<int>(date.year());
  t.month = static_cast<int>(static_cast<unsigned>(date.month()));
  t.day = static_cast<int>(static_cast<unsigned>(date.day()));
  t.zone = icaltimezone_get_utc_timezone();
  return t;
}

// Adds "Owner: scrre" / "Responsable : scrre" (French spacing) as a line of a DESCRIPTION,
// unless the value is empty; libical escapes the newlines between lines. `column` names the
// label in the catalogue (cal.column.*).
void add_field(std::string& text, Language lang, std::string_view column,
               std::string_view value) {
  if (value.empty()) return;
  if (!text.empty()) text += '\n';
  text += i18n::tr_in(lang, "cal.field",
                      fmt::arg("label", i18n::text(lang, fmt::format("cal.column.{}", column))),
                      fmt::arg("value", value));
}

std::string deadline_description(const Deadline& d, Language lang) {
  std::string text;
  add_field(text, lang, "record", d.record);
  add_field(text, lang, "organisation", d.organisation);
  add_field(text, lang, "owner", d.owner);
  add_field(text, lang, "state", state_label(d.state, lang));
  if (!d.path.empty()) text += fmt::format("\n{}:{}", d.path, d.loc.line);
  return text;
}

std::string meeting_description(const AgendaEntry& e, Language lang) {
  std::string text;
  add_field(text, lang, "organisation",
            e.organisation_name.empty() ? e.organisation : e.organisation_name.in(lang));
  add_field(text, lang, "body", e.body_name.empty() ? e.body : e.body_name.in(lang));
  add_field(text, lang, "status", meeting_status_label(e.status, lang));
  add_field(text, lang, "head", e.head);
  return text;
}

// UID, DTSTAMP and the days an all-day event covers: DTEND is the day after the last one.
icalcomponent* new_event(const Str& uid, Date first, Date last, Date today) {
  icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  icalcomponent_add_property(event, icalproperty_new_uid(uid.c_str()));
  icalcomponent_add_property(event, icalproperty_new_dtstamp(midnight_utc(today)));
  icalcomponent_add_property(event, icalproperty_new_dtstart(ical_date(first)));
  icalcomponent_add_property(event, icalproperty_new_dtend(ical_date(add_days(last, 1))));
  return event;
}

// A calendar shows the summary alone, out of the list it came from: "Inscription" or five
// identical "Relancer le partenaire" say nothing, so the record's title follows unless the text
// already names it.
std::string deadline_summary(const Deadline& d, Language language) {
  std::string what = d.what.in(language).str();
  std::string about = d.record_title.in(language).str();
  if (about.empty() || what.find(about) != std::string::npos) return what;
  return i18n::tr_in(language, "cal.event-summary", fmt::arg("what", what), fmt::arg("about", about));
}

// VEVENT has no "completed" status, so a done deadline says so in its summary.
icalcomponent* deadline_event(const Deadline& d, const CalendarView& view) {
  icalcomponent* event = new_event(d.uid, d.due, d.due, view.today);
  // Text from the records: made visible, since libical escapes only what iCalendar requires.
  std::string summary = visible_text_keeping_lines(deadline_summary(d, view.language));
  if (d.state == DeadlineState::Done) summary = "✔ " + summary;
  icalcomponent_add_property(event, icalproperty_new_summary(summary.c_str()));
  std::string description = visible_text_keeping_lines(deadline_description(d, view.language));
  icalcomponent_add_property(event, icalproperty_new_description(description.c_str()));
  std::string category(source_name(d.source));
  icalcomponent_add_property(event, icalproperty_new_categories(category.c_str()));
  icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
  return event;
}

// A postponed meeting has no date yet that anyone can rely on: tentative, like a planned one.
icalproperty_status meeting_status(std::string_view status) {
  if (status == "cancelled") return ICAL_STATUS_CANCELLED;
  if (status == "planned" || status == "postponed") return ICAL_STATUS_TENTATIVE;
  return ICAL_STATUS_CONFIRMED;
}

icalcomponent* meeting_event(const AgendaEntry& e, const CalendarView& view) {
  icalcomponent* event = new_event(e.uid, e.start, std::max(e.start, e.end), view.today);
  std::string summary = visible_text_keeping_lines(e.title.in(view.language));
  icalcomponent_add_property(event, icalproperty_new_summary(summary.c_str()));
  std::string location =
      e.is_virtual ? std::string(label(CalendarWord::Online, view.language))
                   : visible_text_keeping_lines(e.location);
  if (!location.empty()) {
    icalcomponent_add_property(event, icalproperty_new_location(location.c_str()));
  }
  std::string description = visible_text_keeping_lines(meeting_description(e, view.language));
  icalcomponent_add_property(event, icalproperty_new_description(description.c_str()));
  icalcomponent_add_property(event, icalproperty_new_status(meeting_status(e.status)));
  return event;
}

ComponentPtr new_calendar() {
  ComponentPtr calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT), &icalcomponent_free);
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(kProductId));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalproperty* name = icalproperty_new_x("multilat");
  icalproperty_set_x_name(name, "X-WR-CALNAME");
  icalcomponent_add_property(calendar.get(), name);
  return calendar;
}

std::string ical_text(icalcomponent* component) {
  TextPtr text(icalcomponent_as_ical_string_r(component));
  if (!text) throw std::runtime_error("libical could not write the calendar");
  return std::string(text.get());
}

}  // namespace

std::vector<std::string> ics_events(const std::vector<Deadline>& deadlines,
                                    const std::vector<AgendaEntry>& meetings, const CalendarView& view) {
  std::vector<std::string> events;
  events.reserve(deadlines.size() + meetings.size());
  for (const Deadline& d : deadlines) {
    ComponentPtr event(deadline_event(d, view), &icalcomponent_free);
    events.push_back(ical_text(event.get()));
  }
  for (const AgendaEntry& e : meetings) {
    ComponentPtr event(meeting_event(e, view), &icalcomponent_free);
    events.push_back(ical_text(event.get()));
  }
  return events;
}

std::string ics_calendar(const std::vector<const std::string*>& events) {
  // libical writes a calendar as its own lines, each component's text, then END:VCALENDAR.
  static const std::string head = [] {
    ComponentPtr empty = new_calendar();
    std::string text = ical_text(empty.get());
    return text.substr(0, text.rfind("END:VCALENDAR"));
  }();
  std::size_t size = head.size() + 16;
  for (const std::string* event : events) size += event->size();
  std::string calendar;
  calendar.reserve(size);
  calendar += head;
  for (const std::string* event : events) calendar += *event;
  return calendar + "END:VCALENDAR\r\n";
}

std::string render_ics(const std::vector<Deadline>& deadlines,
                       const std::vector<AgendaEntry>& meetings, const CalendarView& view) {
  std::vector<std::string> events = ics_events(deadlines, meetings, view);
  std::vector<const std::string*> all;
  for (const std::string& event : events) all.push_back(&event);
  return ics_calendar(all);
}

void render_deadlines_ics(std::ostream& out, const std::vector<Deadline>& items, const CalendarView& view) {
  out << render_ics(items, {}, view);
}

void render_agenda_ics(std::ostream& out, const std::vector<AgendaEntry>& items, const CalendarView& view) {
  out << render_ics({}, items, view);
}

}  // namespace multilat
