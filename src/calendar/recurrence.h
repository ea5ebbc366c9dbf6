// Occurrences of an obligation that comes back, reckoned rather than walked, so that dues that
// began in 1900 cost no more than dues that began this year; and the bound on how many
// occurrences one list may hold, with where to cut a list that would hold more.
#pragma once

#include <optional>
#include <span>

#include "model/date.h"
#include "model/records.h"

namespace multilat {

// Occurrence k falls k × `months` months after `first`, on the same day of the month or on the
// month's last day when it is shorter (add_duration's rule).
struct Series {
  Date first;
  int months = 12;  // at least 1
};

Date occurrence(const Series& series, int k);
// The first occurrence due on or after `date`: 0 when `date` is not after `first`.
int index_from(const Series& series, Date date);
// The first occurrence due after `date`, which is also how many fall on or before it.
int index_after(const Series& series, Date date);

// Recurring dues: the series and its first occurrence not paid. `paid` covers occurrence 0,
// `paid-through` every occurrence due up to that date, so the paid ones are always a prefix.
struct Dues {
  Series series;
  int first_unpaid = 0;
};
// Nothing for a contribution that does not recur or has no due date.
std::optional<Dues> recurring_dues(const Contribution& c);

// How many occurrences one list may hold, all records together: the deadlines a command reads,
// or the dues a report lists. A constant rather than a setting, because it is what bounds the
// memory and time of a run, whatever the records say (docs/security.md).
inline constexpr long long kMaxListedOccurrences = 10'000;

// The occurrences of one series a list would hold: indices [begin, end).
struct Stretch {
  Series series;
  int begin = 0;
  int end = 0;
};

// Where a list too long for the bound is cut, and how many occurrences the cut leaves out.
struct Cut {
  Date at;
  long long left_out = 0;
};

// When the stretches hold more than `limit` occurrences: the last day up to which they hold no
// more, so that what is kept is complete up to that day. A list of what is coming cuts there.
std::optional<Cut> cut_keeping_earliest(std::span<const Stretch> stretches, long long limit);
// The same from the other end: the first day from which they hold no more. A history cuts there.
std::optional<Cut> cut_keeping_latest(std::span<const Stretch> stretches, long long limit);

}  // namespace multilat
