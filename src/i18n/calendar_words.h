// The French and English words of calendar output: dates, relative days, titles and states.
#pragma once

#include <string>
#include <string_view>

#include "model/date.h"
#include "model/deadline_source.h"
#include "model/text.h"

namespace multilat {

// Fixed phrases, looked up by `label`.
enum class CalendarWord {
  Overdue,         // OVERDUE
  ThisWeek,        // THIS WEEK
  Later,           // LATER
  DoneSection,     // DONE
  Week,            // Week (as in "Week 49")
  NoOwner,         // (no owner)
  NoOrganisation,  // (no organisation)
  NoDeadlines,     // No deadlines.
  NoMeetings,      // No meetings.
  Online,          // online
  MovedFrom,       // moved from
  NoDelegation,    // no delegation
};

std::string_view label(CalendarWord word, Language language);

// "Fri" / "ven.", "Friday" / "vendredi".
std::string_view weekday_abbreviation(Date date, Language language);
std::string_view weekday_name(Date date, Language language);
// Months 1..12: "Nov" / "nov.", "November" / "novembre".
std::string_view month_abbreviation(unsigned month, Language language);
std::string_view month_name(unsigned month, Language language);

// "20" / "20", but "1er" for the first of the month in French.
std::string day_of_month(Date date, Language language);
// "20 Nov" / "20 nov."
std::string day_month(Date date, Language language);
// "20 Nov 2026" / "20 nov. 2026"
std::string day_month_year(Date date, Language language);
// "Fri 20 Nov" / "ven. 20 nov."
std::string short_date(Date date, Language language);
// "Fri 20 Nov 2026" / "ven. 20 nov. 2026"
std::string long_date(Date date, Language language);
// "Friday 20 November 2026" / "vendredi 20 novembre 2026": a date in a heading or a sentence,
// where French prose does not abbreviate days and months (tables keep long_date).
std::string full_date(Date date, Language language);
// A period's two ends for a heading, with what they share said once, at the end: "lundi 7 au
// mercredi 30 décembre 2026", "lundi 30 novembre au mercredi 30 décembre 2026", and both years
// when they differ.
struct PeriodEnds {
  std::string from;
  std::string to;
};
PeriodEnds period_ends(Date from, Date to, Language language);
// "Week 49 · 30 Nov – 6 Dec" / "Semaine 49 · 30 nov. – 6 déc.": the ISO week of a date.
std::string iso_week_title(Date date, Language language);
// The Monday that starts the ISO week of a date.
Date iso_week_monday(Date date);
// "November 2026" / "novembre 2026"
std::string month_year(Date date, Language language);

// Days from today to a due date: "10 days late", "today", "tomorrow", "in 3 days".
std::string relative_days(int days, Language language);

// "overdue" / "en retard"; "registration" / "inscription".
std::string_view state_label(DeadlineState state, Language language);
std::string_view source_label(DeadlineSource source, Language language);
// A meeting's status ("confirmed" / "confirmée"); an unknown status is returned as written.
std::string_view meeting_status_label(std::string_view status, Language language);

// "head: Jane Doe (scrre), 3 delegates" / "chef : Jane Doe (scrre), 3 délégués".
std::string delegation_summary(std::string_view head, std::size_t size, Language language);

// The header line of a deadline list, e.g. "Deadlines from Monday 30 November to Wednesday
// 30 December 2026 (today in Nouméa), 2 overdue"; a one-day period names its day once.
// `from` is not after `to` (the commands refuse such a period).
std::string deadlines_heading(Date from, Date to, Date today, std::size_t overdue,
                              Language language, bool today_given = false);
// "Agenda from Monday 30 November to Wednesday 30 December 2026" / "Réunions du … au …".
std::string agenda_heading(Date from, Date to, Language language);
// A heading with the revision the records were read at (--as-of), or as it is without one.
std::string at_revision(std::string heading, std::string_view revision, Language language);

}  // namespace multilat
