// New Caledonia's public holidays, Easter, and the working days they leave.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "calendar/deadline.h"
#include "model/date.h"
#include "model/settings.h"
#include "model/text.h"

namespace multilat {

// Easter Sunday by the Gregorian computus. It matches the published tables for 1583..4099;
// other years get the same rule applied proleptically.
Date easter_sunday(int year);

// The territory's public holidays in `year`, sorted by date, each named in French and English.
// When two fall on one day (1 May 2008 was also Ascension) both are listed, fixed one first.
std::vector<Holiday> nc_public_holidays(int year);

// The built-in holidays plus those the settings add. Holidays are computed on demand from the
// date, so a lookup costs a few integer operations and a map search, with no state to guard.
class HolidayCalendar {
 public:
  // Extra holidays from the settings; on a date listed twice the first name wins.
  explicit HolidayCalendar(const std::vector<Holiday>& extra = {});

  // The holiday's name on `date`; a built-in holiday's name wins over an extra one's.
  std::optional<Text> holiday(Date date) const;
  // Monday to Friday and not a holiday.
  bool is_working_day(Date date) const;
  // The latest working day on or before `date`.
  Date previous_working_day(Date date) const;
  // Why `date` is not a working day, named in `language` (or the other one when missing).
  DayNote note(Date date, Language language) const;

 private:
  const Text* extra_holiday(Date date) const;

  std::map<Date, Text> extra_;
};

}  // namespace multilat
