// Occurrences found from month numbers, and a list's cut found by bisection over days: both cost
// the same whether a series began last year or in 1900.
#include "calendar/recurrence.h"

#include <algorithm>
#include <utility>

namespace multilat {
namespace {

using Day = std::chrono::sys_days;

int month_number(Date date) {
  return static_cast<int>(date.year()) * 12 + static_cast<int>(unsigned(date.month())) - 1;
}

long long held_up_to(const Stretch& s, Date day) {
  return std::max(0, std::min(s.end, index_after(s.series, day)) - s.begin);
}

long long held_from(const Stretch& s, Date day) {
  return std::max(0, s.end - std::max(s.begin, index_from(s.series, day)));
}

template <class Count>
long long sum(std::span<const Stretch> stretches, Count count) {
  long long n = 0;
  for (const Stretch& s : stretches) n += count(s);
  return n;
}

long long total(std::span<const Stretch> stretches) {
  return sum(stretches, [](const Stretch& s) { return std::max(0, s.end - s.begin); });
}

// The first and the last day on which a stretch holds an occurrence; the list is not empty.
std::pair<Day, Day> days_held(std::span<const Stretch> stretches) {
  std::optional<Date> first, last;
  for (const Stretch& s : stretches) {
    if (s.end <= s.begin) continue;
    Date a = occurrence(s.series, s.begin), b = occurrence(s.series, s.end - 1);
    if (!first || a < *first) first = a;
    if (!last || b > *last) last = b;
  }
  return {Day{*first}, Day{*last}};
}

// The day nearest `fails` on which `fits` still holds, given that it holds on `holds`, fails on
// `fails`, and changes only once in between (the counts are monotonic in the day).
template <class Fits>
Day bisect(Day holds, Day fails, Fits fits) {
  while (std::chrono::abs(fails - holds) > std::chrono::days{1}) {
    Day middle = holds + (fails - holds) / 2;
    (fits(middle) ? holds : fails) = middle;
  }
  return holds;
}

}  // namespace

Date occurrence(const Series& series, int k) {
  return add_duration(series.first, Duration{series.months * k, DurationUnit::Months});
}

int index_from(const Series& series, Date date) {
  if (date <= series.first) return 0;
  // Occurrence k falls in a month no later than `date`'s; the next one, in a later month.
  int k = (month_number(date) - month_number(series.first)) / series.months;
  return occurrence(series, k) < date ? k + 1 : k;
}

int index_after(const Series& series, Date date) { return index_from(series, add_days(date, 1)); }

std::optional<Dues> recurring_dues(const Contribution& c) {
  if (!c.due || !c.recurs || c.recurs->months <= 0) return std::nullopt;
  Dues dues{Series{c.due->value, c.recurs->months}, c.paid ? 1 : 0};
  if (c.paid_through) {
    dues.first_unpaid =
        std::max(dues.first_unpaid, index_after(dues.series, c.paid_through->value));
  }
  return dues;
}

std::optional<Cut> cut_keeping_earliest(std::span<const Stretch> stretches, long long limit) {
  long long all = total(stretches);
  if (all <= limit) return std::nullopt;
  auto [first, last] = days_held(stretches);
  auto kept = [&](Day day) {
    return sum(stretches, [&](const Stretch& s) { return held_up_to(s, Date{day}); });
  };
  Day day = bisect(first - std::chrono::days{1}, last, [&](Day d) { return kept(d) <= limit; });
  return Cut{Date{day}, all - kept(day)};
}

std::optional<Cut> cut_keeping_latest(std::span<const Stretch> stretches, long long limit) {
  long long all = total(stretches);
  if (all <= limit) return std::nullopt;
  auto [first, last] = days_held(stretches);
  auto kept = [&](Day day) {
    return sum(stretches, [&](const Stretch& s) { return held_from(s, Date{day}); });
  };
  Day day = bisect(last + std::chrono::days{1}, first, [&](Day d) { return kept(d) <= limit; });
  return Cut{Date{day}, all - kept(day)};
}

}  // namespace multilat
