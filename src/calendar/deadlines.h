// Every deadline the records imply: explicit, derived from settings, and recurring.
#pragma once

#include <vector>

#include "calendar/deadline.h"
#include "calendar/holidays.h"
#include "model/store.h"

namespace multilat {

struct DeadlineContext {
  Date today;
  Date until;  // recurring obligations are expanded up to this date
  const HolidayCalendar& holidays;
  Language language = Language::Fr;  // for the names of holidays in day notes
};

// All deadlines, done ones included, sorted by due date, then record, then uid.
std::vector<Deadline> collect_deadlines(const Store& store, const DeadlineContext& context);

struct DeadlineQuery {
  Date from;
  Date to;
  bool overdue = true;  // open items due before `from` come first
  std::vector<std::string> organisations, owners, meetings, prospects, tags;
  std::vector<DeadlineSource> sources;
  std::vector<DeadlineState> states;  // empty: open and overdue
};

// The deadlines a query asks for: overdue ones first, then the window in date order.
std::vector<Deadline> select_deadlines(const std::vector<Deadline>& all,
                                       const DeadlineQuery& query);

}  // namespace multilat
