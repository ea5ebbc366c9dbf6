// Every deadline the records imply: explicit, derived from settings, and recurring.
#pragma once

#include <optional>
#include <vector>

#include "calendar/deadline.h"
#include "calendar/holidays.h"
#include "calendar/recurrence.h"
#include "model/store.h"

namespace multilat {

struct DeadlineContext {
  Date today;
  Date until;  // recurring obligations are expanded up to this date
  const HolidayCalendar& holidays;
  Language language = Language::Fr;  // for the names of holidays in day notes
  // Where the window the command shows begins (today when not given): each recurring
  // contribution's unpaid occurrences before it are one item, those from it on one item each.
  std::optional<Date> from = std::nullopt;
  Date window_from() const { return from.value_or(today); }
};

struct CollectedDeadlines {
  std::vector<Deadline> all;  // done ones included, by due date, then record, then uid
  // Set when the window holds more occurrences of recurring dues than kMaxListedOccurrences:
  // they are then listed up to `cut->at` only, the earliest first.
  std::optional<Cut> cut;
};

// All deadlines, with the occurrences of recurring dues that fall in the window.
CollectedDeadlines collect_deadlines(const Store& store, const DeadlineContext& context);

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
