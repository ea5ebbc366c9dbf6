// Tests of date, duration and cadence parsing and arithmetic.
#include "model/date.h"

#include <doctest/doctest.h>

using namespace multilat;
using namespace std::chrono;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

Date date_of(std::string_view text) {
  const auto date = parse_date(text);
  REQUIRE(date.has_value());
  return *date;
}

}  // namespace

TEST_CASE("parse_date accepts real calendar days") {
  CHECK(parse_date("2025-01-01") == ymd(2025, 1, 1));
  CHECK(parse_date("2025-12-31") == ymd(2025, 12, 31));
  CHECK(parse_date("0001-01-01") == ymd(1, 1, 1));
  CHECK(parse_date("9999-12-31") == ymd(9999, 12, 31));
  CHECK(parse_date("2025-04-30").has_value());
}

TEST_CASE("parse_date knows the leap years") {
  CHECK(parse_date("2024-02-29") == ymd(2024, 2, 29));
  CHECK(parse_date("2000-02-29") == ymd(2000, 2, 29));  // divisible by 400
  CHECK_FALSE(parse_date("2025-02-29"));
  CHECK_FALSE(parse_date("2100-02-29"));  // divisible by 100, not by 400
  CHECK_FALSE(parse_date("2024-02-30"));
}

TEST_CASE("parse_date rejects days and months that do not exist") {
  CHECK_FALSE(parse_date("2025-02-30"));
  CHECK_FALSE(parse_date("2025-04-31"));
  CHECK_FALSE(parse_date("2025-01-32"));
  CHECK_FALSE(parse_date("2025-01-00"));
  CHECK_FALSE(parse_date("2025-00-10"));
  CHECK_FALSE(parse_date("2025-13-01"));
  CHECK_FALSE(parse_date("0000-01-01"));
}

TEST_CASE("parse_date rejects anything but YYYY-MM-DD") {
  for (std::string_view text :
       {"", "2025-2-3", "2025-02-3", "25-02-03", " 2025-01-01", "2025-01-01 ", "2025-01-01\n",
        "2025/01/01", "20250101", "2025-01-01T00:00", "+2025-01-01", "2025-+1-01", "2025--1-01",
        "2025-01-+1", "12025-01-01", "2025-0a-01", "２０２５-01-01"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_date(text));
  }
}

TEST_CASE("format_date pads to YYYY-MM-DD and round-trips") {
  CHECK(format_date(ymd(2025, 3, 7)) == "2025-03-07");
  CHECK(format_date(ymd(1, 1, 1)) == "0001-01-01");
  for (std::string_view text : {"2024-02-29", "1999-12-31", "2026-10-05"}) {
    CHECK(format_date(date_of(text)) == text);
  }
}

TEST_CASE("days_between counts signed days across months and leap days") {
  CHECK(days_between(date_of("2025-01-01"), date_of("2025-01-01")) == 0);
  CHECK(days_between(date_of("2025-01-01"), date_of("2025-01-31")) == 30);
  CHECK(days_between(date_of("2025-01-31"), date_of("2025-01-01")) == -30);
  CHECK(days_between(date_of("2024-02-28"), date_of("2024-03-01")) == 2);
  CHECK(days_between(date_of("2025-02-28"), date_of("2025-03-01")) == 1);
  CHECK(days_between(date_of("2024-01-01"), date_of("2025-01-01")) == 366);
  CHECK(days_between(date_of("2025-12-31"), date_of("2026-01-01")) == 1);
}

TEST_CASE("add_days crosses month and year ends in both directions") {
  CHECK(add_days(date_of("2025-12-31"), 1) == date_of("2026-01-01"));
  CHECK(add_days(date_of("2024-02-28"), 1) == date_of("2024-02-29"));
  CHECK(add_days(date_of("2025-02-28"), 1) == date_of("2025-03-01"));
  CHECK(add_days(date_of("2025-03-01"), -1) == date_of("2025-02-28"));
  CHECK(add_days(date_of("2025-06-15"), 0) == date_of("2025-06-15"));
  CHECK(add_days(date_of("2025-01-01"), 365) == date_of("2026-01-01"));
}

TEST_CASE("parse_duration reads a count and a unit") {
  auto check_duration = [](std::string_view text, int count, DurationUnit unit) {
    CAPTURE(text);
    const auto duration = parse_duration(text);
    REQUIRE(duration.has_value());
    CHECK(duration->count == count);
    CHECK(duration->unit == unit);
  };
  check_duration("15d", 15, DurationUnit::Days);
  check_duration("6w", 6, DurationUnit::Weeks);
  check_duration("3m", 3, DurationUnit::Months);
  check_duration("1y", 1, DurationUnit::Years);
  check_duration("0d", 0, DurationUnit::Days);
  check_duration("9999y", 9999, DurationUnit::Years);
  check_duration("03d", 3, DurationUnit::Days);
}

TEST_CASE("parse_duration rejects malformed or out of range durations") {
  for (std::string_view text : {"", "d", "3", "-3d", "+3d", "3x", "3D", "3M", " 3d", "3d ", "3 d",
                                "3dd", "10000d", "99999999999999999999d", "1.5m", "3w2d", "m3"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_duration(text));
  }
}

TEST_CASE("format_duration writes the canonical form") {
  CHECK(format_duration({15, DurationUnit::Days}) == "15d");
  CHECK(format_duration({6, DurationUnit::Weeks}) == "6w");
  CHECK(format_duration({3, DurationUnit::Months}) == "3m");
  CHECK(format_duration({1, DurationUnit::Years}) == "1y");
  CHECK(format_duration(*parse_duration("03d")) == "3d");
}

TEST_CASE("add_duration adds days and weeks exactly") {
  CHECK(add_duration(date_of("2025-12-20"), {15, DurationUnit::Days}) == date_of("2026-01-04"));
  CHECK(add_duration(date_of("2024-02-22"), {1, DurationUnit::Weeks}) == date_of("2024-02-29"));
  CHECK(add_duration(date_of("2025-02-22"), {1, DurationUnit::Weeks}) == date_of("2025-03-01"));
  CHECK(add_duration(date_of("2025-06-15"), {0, DurationUnit::Months}) == date_of("2025-06-15"));
}

TEST_CASE("add_duration clamps months and years to the last day of the month") {
  CHECK(add_duration(date_of("2026-01-31"), {1, DurationUnit::Months}) == date_of("2026-02-28"));
  CHECK(add_duration(date_of("2024-01-31"), {1, DurationUnit::Months}) == date_of("2024-02-29"));
  CHECK(add_duration(date_of("2025-03-31"), {1, DurationUnit::Months}) == date_of("2025-04-30"));
  CHECK(add_duration(date_of("2025-01-15"), {1, DurationUnit::Months}) == date_of("2025-02-15"));
  CHECK(add_duration(date_of("2025-11-30"), {3, DurationUnit::Months}) == date_of("2026-02-28"));
  CHECK(add_duration(date_of("2025-10-31"), {14, DurationUnit::Months}) == date_of("2026-12-31"));
  CHECK(add_duration(date_of("2024-02-29"), {1, DurationUnit::Years}) == date_of("2025-02-28"));
  CHECK(add_duration(date_of("2024-02-29"), {4, DurationUnit::Years}) == date_of("2028-02-29"));
  CHECK(add_duration(date_of("2096-02-29"), {4, DurationUnit::Years}) == date_of("2100-02-28"));
}

TEST_CASE("approximate_days uses 7, 30 and 365 days") {
  CHECK(approximate_days({15, DurationUnit::Days}) == 15);
  CHECK(approximate_days({6, DurationUnit::Weeks}) == 42);
  CHECK(approximate_days({3, DurationUnit::Months}) == 90);
  CHECK(approximate_days({2, DurationUnit::Years}) == 730);
  CHECK(approximate_days({0, DurationUnit::Years}) == 0);
}

TEST_CASE("parse_cadence maps the vocabulary to months") {
  auto months_of = [](std::string_view text) {
    const auto cadence = parse_cadence(text);
    REQUIRE(cadence.has_value());
    return cadence->months;
  };
  CHECK(months_of("yearly") == 12);
  CHECK(months_of("twice-yearly") == 6);
  CHECK(months_of("irregular") == 0);
  CHECK(months_of("every-2-years") == 24);
  CHECK(months_of("every-10-years") == 120);
  CHECK(months_of("every-1-months") == 1);
  CHECK(months_of("every-18-months") == 18);
  CHECK(months_of("every-120-months") == 120);
}

TEST_CASE("parse_cadence rejects unknown words and counts out of range") {
  auto rejects = [](std::initializer_list<std::string_view> texts) {
    for (std::string_view text : texts) {
      CAPTURE(text);
      CHECK_FALSE(parse_cadence(text));
    }
  };
  rejects({"", "Yearly", "annual", "monthly", " yearly", "yearly ", "every-2-year"});
  rejects({"every-1-years", "every-11-years", "every-0-months", "every-121-months"});
  rejects({"every--years", "every-years", "every-x-months", "every--2-years", "every-+2-years"});
  rejects({"every-02-years", "every-2-weeks", "every-2-years-months"});
  rejects({"every-99999999999999-months"});
}
