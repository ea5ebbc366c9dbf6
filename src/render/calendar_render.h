// Renders deadline lists and agendas: terminal table, Markdown, CSV, JSON and iCalendar.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "calendar/agenda.h"
#include "calendar/deadline.h"
#include "render/format_table.h"

namespace multilat {

enum class DeadlineGrouping { Urgency, Week, Owner, Organisation };

// What a rendering needs beyond the items: no clock, no environment.
struct CalendarView {
  Language language = Language::Fr;
  Date today;
  Date from;
  Date to;
  bool color = false;
  std::size_t width = 100;  // terminal columns for the table
  bool verbose = false;     // add each item's source file:line
  DeadlineGrouping group = DeadlineGrouping::Urgency;
  bool today_given = false;  // --today: the heading must not claim it is today in Nouméa
  std::string revision;      // --as-of: the records as that revision holds them; "" for the tree
};

void render_deadlines_table(std::ostream& out, const std::vector<Deadline>& items,
                            const CalendarView& view);
void render_deadlines_markdown(std::ostream& out, const std::vector<Deadline>& items,
                               const CalendarView& view);
void render_deadlines_csv(std::ostream& out, const std::vector<Deadline>& items,
                          const CalendarView& view);
void render_deadlines_json(std::ostream& out, const std::vector<Deadline>& items,
                           const CalendarView& view);

void render_agenda_table(std::ostream& out, const std::vector<AgendaEntry>& items,
                         const CalendarView& view);
void render_agenda_markdown(std::ostream& out, const std::vector<AgendaEntry>& items,
                            const CalendarView& view);
void render_agenda_csv(std::ostream& out, const std::vector<AgendaEntry>& items,
                       const CalendarView& view);
void render_agenda_json(std::ostream& out, const std::vector<AgendaEntry>& items,
                        const CalendarView& view);

// Each deadline's and each meeting's VEVENT as text, in that order, to be put in calendars by
// ics_calendar(): the site writes each event once into many feeds.
std::vector<std::string> ics_events(const std::vector<Deadline>& deadlines,
                                    const std::vector<AgendaEntry>& meetings, const CalendarView& view);
std::string ics_calendar(const std::vector<const std::string*>& events);

// One VCALENDAR with a VEVENT per deadline and per meeting (either list may be empty).
std::string render_ics(const std::vector<Deadline>& deadlines,
                       const std::vector<AgendaEntry>& meetings, const CalendarView& view);
void render_deadlines_ics(std::ostream& out, const std::vector<Deadline>& items, const CalendarView& view);
void render_agenda_ics(std::ostream& out, const std::vector<AgendaEntry>& items, const CalendarView& view);

// The formats of `deadlines` and `agenda`; the terminal table first.
const FormatTable<std::vector<Deadline>, CalendarView>& deadlines_formats();
const FormatTable<std::vector<AgendaEntry>, CalendarView>& agenda_formats();

}  // namespace multilat
