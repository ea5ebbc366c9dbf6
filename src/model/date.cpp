// Parsing, formatting and arithmetic of calendar dates, durations and cadences.
#include "model/date.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace multilat {

namespace {

using std::chrono::sys_days;

constexpr int kMaxDurationCount = 9999;
constexpr int kMinYearsCadence = 2;  // every-1-years is spelt "yearly"
constexpr int kMaxYearsCadence = 10;
constexpr int kMaxMonthsCadence = 120;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

// Digits only: from_chars alone would accept a leading minus sign.
std::optional<int> parse_digits(std::string_view text) {
  if (!all_digits(text)) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Cadence counts are words in a fixed vocabulary, so only the canonical spelling is accepted.
std::optional<int> parse_canonical_count(std::string_view text) {
  if (text.size() > 1 && text.front() == '0') return std::nullopt;
  return parse_digits(text);
}

Date add_months(Date date, int months) {
  const auto month = date.year() / date.month() + std::chrono::months{months};
  const auto last_day = (month / std::chrono::last).day();
  return month / std::min(date.day(), last_day);
}

// Days and weeks are exact day counts; months and years move along the calendar.
struct UnitInfo {
  char suffix;
  int approximate_days;
  int calendar_months;  // 0 for units counted in days
};

constexpr std::array<UnitInfo, 4> kUnits = {{
    {'d', 1, 0},
    {'w', 7, 0},
    {'m', 30, 1},
    {'y', 365, 12},
}};

const UnitInfo& info_of(DurationUnit unit) { return kUnits[static_cast<size_t>(unit)]; }

std::optional<DurationUnit> unit_from_suffix(char suffix) {
  for (size_t i = 0; i < kUnits.size(); ++i) {
    if (kUnits[i].suffix == suffix) return static_cast<DurationUnit>(i);
  }
  return std::nullopt;
}

// "every-N-<unit>" -> N when the text has that shape.
std::optional<int> every_count(std::string_view text, std::string_view unit_suffix) {
  constexpr std::string_view kPrefix = "every-";
  if (!text.starts_with(kPrefix) || !text.ends_with(unit_suffix)) return std::nullopt;
  if (text.size() <= kPrefix.size() + unit_suffix.size()) return std::nullopt;
  text.remove_prefix(kPrefix.size());
  text.remove_suffix(unit_suffix.size());
  return parse_canonical_count(text);
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = parse_digits(text.substr(0, 4));
  const auto month = parse_digits(text.substr(5, 2));
  const auto day = parse_digits(text.substr(8, 2));
  if (!year || !month || !day || *year == 0) return std::nullopt;
  const Date date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                  std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

bool looks_like_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  return parse_digits(text.substr(0, 4)) && parse_digits(text.substr(5, 2)) &&
         parse_digits(text.substr(8, 2));
}

std::string format_date(Date date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

int days_between(Date from, Date to) {
  return static_cast<int>((sys_days{to} - sys_days{from}).count());
}

Date add_days(Date date, int days) { return Date{sys_days{date} + std::chrono::days{days}}; }

std::optional<Duration> parse_duration(std::string_view text) {
  if (text.size() < 2) return std::nullopt;
  const auto unit = unit_from_suffix(text.back());
  const auto count = parse_digits(text.substr(0, text.size() - 1));
  if (!unit || !count || *count > kMaxDurationCount) return std::nullopt;
  return Duration{*count, *unit};
}

std::string format_duration(Duration duration) {
  return std::to_string(duration.count) + info_of(duration.unit).suffix;
}

Date add_duration(Date date, Duration duration) {
  const UnitInfo& unit = info_of(duration.unit);
  if (unit.calendar_months == 0) return add_days(date, unit.approximate_days * duration.count);
  return add_months(date, unit.calendar_months * duration.count);
}

int approximate_days(Duration duration) {
  return info_of(duration.unit).approximate_days * duration.count;
}

std::optional<Cadence> parse_cadence(std::string_view text) {
  if (text == "yearly") return Cadence{12};
  if (text == "twice-yearly") return Cadence{6};
  if (text == "irregular") return Cadence{0};
  if (auto years = every_count(text, "-years")) {
    if (*years < kMinYearsCadence || *years > kMaxYearsCadence) return std::nullopt;
    return Cadence{12 * *years};
  }
  if (auto months = every_count(text, "-months")) {
    if (*months < 1 || *months > kMaxMonthsCadence) return std::nullopt;
    return Cadence{*months};
  }
  return std::nullopt;
}

std::string_view weekday_code(Date date) {
  static constexpr std::string_view kCodes[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  return kCodes[std::chrono::weekday(std::chrono::sys_days(date)).c_encoding()];
}

}  // namespace multilat
