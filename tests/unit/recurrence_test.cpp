// Tests of recurring occurrences reckoned by arithmetic, checked against a plain walk, and of the
// cut that keeps a list within the bound.
#include "calendar/recurrence.h"

#include <doctest/doctest.h>

#include <vector>

using namespace multilat;
using namespace std::chrono;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

// The walk the arithmetic replaces: occurrences one by one from the first.
int walked_index_from(const Series& s, Date date) {
  int k = 0;
  while (occurrence(s, k) < date) ++k;
  return k;
}

// How many occurrences of the stretches fall in [from, to], by walking them.
long long walked_count(const std::vector<Stretch>& stretches, Date from, Date to) {
  long long n = 0;
  for (const Stretch& s : stretches) {
    for (int k = s.begin; k < s.end; ++k) {
      Date due = occurrence(s.series, k);
      n += due >= from && due <= to;
    }
  }
  return n;
}

Contribution recurring(Date due, int months) {
  Contribution c;
  c.due = Located<Date>{due, {}};
  c.recurs = Cadence{months};
  return c;
}

}  // namespace

TEST_CASE("occurrences keep the day of the month, or the month's last day when it is shorter") {
  Series monthly{ymd(2024, 1, 31), 1};
  CHECK(occurrence(monthly, 0) == ymd(2024, 1, 31));
  CHECK(occurrence(monthly, 1) == ymd(2024, 2, 29));
  CHECK(occurrence(monthly, 2) == ymd(2024, 3, 31));
  CHECK(occurrence(Series{ymd(2024, 2, 29), 12}, 1) == ymd(2025, 2, 28));
}

TEST_CASE("index_from finds the first occurrence on or after a day without walking") {
  Series since_1900{ymd(1900, 1, 1), 12};
  CHECK(index_from(since_1900, ymd(1899, 6, 1)) == 0);
  CHECK(index_from(since_1900, ymd(1900, 1, 1)) == 0);
  CHECK(index_from(since_1900, ymd(1900, 1, 2)) == 1);
  CHECK(index_from(since_1900, ymd(2026, 11, 29)) == 127);  // 1900 to 2026 are 127 occurrences
  CHECK(index_after(since_1900, ymd(2027, 1, 1)) == 128);
  CHECK(index_from(since_1900, ymd(9999, 12, 31)) == 8100);
}

TEST_CASE("index_from agrees with a walk, month ends and leap days included") {
  const std::vector<Series> series = {{ymd(2024, 1, 31), 1},  {ymd(2024, 2, 29), 12},
                                      {ymd(2023, 8, 30), 6},  {ymd(2020, 12, 31), 3},
                                      {ymd(2021, 3, 15), 24}, {ymd(2022, 5, 31), 120}};
  for (const Series& s : series) {
    for (Date day = ymd(2019, 12, 1); day < ymd(2036, 2, 1); day = add_days(day, 1)) {
      INFO(format_date(s.first) << " every " << s.months << " months, on " << format_date(day));
      REQUIRE(index_from(s, day) == walked_index_from(s, day));
      REQUIRE(index_after(s, day) == walked_index_from(s, add_days(day, 1)));
    }
  }
}

TEST_CASE("recurring dues start unpaid at the occurrence after paid and paid-through") {
  Contribution c = recurring(ymd(2024, 3, 31), 12);
  CHECK(recurring_dues(c)->first_unpaid == 0);
  c.paid = Located<Date>{ymd(2024, 3, 20), {}};
  CHECK(recurring_dues(c)->first_unpaid == 1);
  c.paid_through = Located<Date>{ymd(2026, 3, 31), {}};
  CHECK(recurring_dues(c)->first_unpaid == 3);
  c.paid_through = Located<Date>{ymd(2026, 3, 30), {}};  // a day short of the 2026 occurrence
  CHECK(recurring_dues(c)->first_unpaid == 2);
  c.paid_through = Located<Date>{ymd(2020, 1, 1), {}};  // before the first: `paid` still counts
  CHECK(recurring_dues(c)->first_unpaid == 1);
  CHECK_FALSE(recurring_dues(recurring(ymd(2024, 3, 31), 0)));  // irregular
  CHECK_FALSE(recurring_dues(Contribution{}));
}

TEST_CASE("a list within the bound is not cut") {
  std::vector<Stretch> stretches = {{{ymd(2026, 1, 1), 12}, 0, 5}, {{ymd(2026, 6, 30), 1}, 2, 7}};
  CHECK_FALSE(cut_keeping_earliest(stretches, 10));
  CHECK_FALSE(cut_keeping_latest(stretches, 10));
  CHECK(cut_keeping_earliest(stretches, 9));
  CHECK_FALSE(cut_keeping_earliest({}, 0));
}

TEST_CASE("the cut keeps every occurrence up to a day, as many as the bound allows") {
  std::vector<Stretch> stretches;
  for (int i = 0; i < 40; ++i) {
    Series s{add_days(ymd(1900, 1, 1), 37 * i), 1 + i % 13};
    stretches.push_back({s, i % 5, index_after(s, ymd(2100, 12, 31))});
  }
  const Date first = ymd(1800, 1, 1), last = ymd(2200, 1, 1);
  long long all = walked_count(stretches, first, last);
  for (long long limit : {0LL, 1LL, 7LL, 500LL, 4321LL, all - 1}) {
    INFO("limit " << limit << " of " << all);
    auto early = cut_keeping_earliest(stretches, limit);
    REQUIRE(early);
    long long kept = walked_count(stretches, first, early->at);
    CHECK(kept <= limit);
    CHECK(walked_count(stretches, first, add_days(early->at, 1)) > limit);
    CHECK(early->left_out == all - kept);

    auto late = cut_keeping_latest(stretches, limit);
    REQUIRE(late);
    kept = walked_count(stretches, late->at, last);
    CHECK(kept <= limit);
    CHECK(walked_count(stretches, add_days(late->at, -1), last) > limit);
    CHECK(late->left_out == all - kept);
  }
}

TEST_CASE("dues all falling on one day beyond the bound are cut before that day") {
  std::vector<Stretch> stretches(30, Stretch{{ymd(1900, 1, 1), 12}, 0, 128});
  auto cut = cut_keeping_earliest(stretches, 20);
  REQUIRE(cut);
  CHECK(cut->at == ymd(1899, 12, 31));
  CHECK(cut->left_out == 30 * 128);
  cut = cut_keeping_latest(stretches, 100);
  REQUIRE(cut);
  CHECK(cut->at == ymd(2024, 1, 2));  // the occurrences of 2025, 2026 and 2027: 90 of them
  CHECK(cut->left_out == 30 * 125);
}
