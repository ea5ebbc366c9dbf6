// The calendar's notes on one deadline or meeting: the calendar's structures put into words.
#pragma once

#include <string>

#include "calendar/agenda.h"
#include "calendar/deadline.h"
#include "model/text.h"

namespace multilat {

// Why a due date is not a working day: the holiday's name, else the weekday ("Saturday").
// Empty when the deadline's day needs no note.
std::string day_note_text(const Deadline& deadline, Language language);
// "(moved from Sat 26 Dec)", empty when the due date was not moved.
std::string moved_from_text(const Deadline& deadline, Language language);

// "(the record says paid on 14 Oct 2062, a date in the future: see 'multilat check')", empty
// unless the record gives a done or paid date after today.
std::string done_in_future_text(const Deadline& deadline, Language language);

// "Jane Doe also in crga-56", with "(online)" when one of the two meetings is online.
std::string clash_note(const AgendaClash& clash, Language language);

}  // namespace multilat
