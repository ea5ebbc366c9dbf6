// The notes on a deadline or a meeting, in the calendar's own words.
#include "render/calendar_notes.h"

#include <fmt/format.h>

#include "i18n/calendar_words.h"
#include "i18n/tr.h"

namespace multilat {

std::string day_note_text(const Deadline& deadline, Language language) {
  if (!deadline.day_note.holiday.empty()) return deadline.day_note.holiday.str();
  if (!deadline.day_note.weekend) return "";
  // The note is about the date written in the record, which a move may have changed.
  Date noted = deadline.written_due.value_or(deadline.due);
  return std::string(weekday_name(noted, language));
}

std::string moved_from_text(const Deadline& deadline, Language language) {
  if (!deadline.written_due) return "";
  return fmt::format("({} {})", label(CalendarWord::MovedFrom, language),
                     short_date(*deadline.written_due, language));
}

std::string done_in_future_text(const Deadline& deadline, Language language) {
  if (!deadline.done_in_future) return "";
  bool paid = deadline.source == DeadlineSource::Contribution;
  return i18n::tr_in(language, paid ? "cal.paid-in-future" : "cal.done-in-future",
                     fmt::arg("date", day_month_year(*deadline.done_in_future, language)));
}

std::string clash_note(const AgendaClash& clash, Language language) {
  return i18n::tr_in(language, clash.online ? "cal.also-in-online" : "cal.also-in",
                     fmt::arg("who", clash.who), fmt::arg("meeting", clash.meeting));
}

}  // namespace multilat
