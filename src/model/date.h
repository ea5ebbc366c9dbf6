// Calendar dates and durations as written in records (YYYY-MM-DD, 15d, 6w, 3m, 1y).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace multilat {

using Date = std::chrono::year_month_day;

// Strict YYYY-MM-DD that exists on the calendar; nullopt otherwise.
std::optional<Date> parse_date(std::string_view text);
// Written YYYY-MM-DD with digits, whether or not the day exists: 2026-02-30 looks like a date.
bool looks_like_iso_date(std::string_view text);
std::string format_date(Date date);

// "mon" ... "sun": the same in every language, for machine formats (CSV, JSON).
std::string_view weekday_code(Date date);
// Days from `from` to `to` (negative when `to` is earlier).
int days_between(Date from, Date to);
Date add_days(Date date, int days);

enum class DurationUnit { Days, Weeks, Months, Years };
struct Duration {
  int count = 0;
  DurationUnit unit = DurationUnit::Days;
};
// "15d", "6w", "3m", "1y"; count 0..9999.
std::optional<Duration> parse_duration(std::string_view text);
std::string format_duration(Duration duration);
// Months and years clamp to the month's last day (2026-01-31 + 1m = 2026-02-28).
Date add_duration(Date date, Duration duration);
// Approximate length in days, for comparisons against a day count.
int approximate_days(Duration duration);

}  // namespace multilat

namespace multilat {

// How often a body meets or an obligation recurs: yearly, twice-yearly, every-N-years,
// every-N-months or irregular (months == 0).
struct Cadence {
  int months = 0;
};
std::optional<Cadence> parse_cadence(std::string_view text);

}  // namespace multilat
