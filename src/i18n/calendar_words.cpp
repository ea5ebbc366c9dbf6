// The French and English words of calendar output: dates, relative days, titles and states.
#include "i18n/calendar_words.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "i18n/tr.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

using i18n::text;
using i18n::tr_in;
using i18n::trn_in;

// In the order of CalendarWord, which indexes it.
constexpr std::array<std::string_view, 12> kWordKeys = {{
    "cal.word.overdue",
    "cal.word.this-week",
    "cal.word.later",
    "cal.word.done-section",
    "cal.word.week",
    "cal.word.no-owner",
    "cal.word.no-organisation",
    "cal.word.no-deadlines",
    "cal.word.no-meetings",
    "cal.word.online",
    "cal.word.moved-from",
    "cal.word.no-delegation",
}};
static_assert(kWordKeys.size() == static_cast<std::size_t>(CalendarWord::NoDelegation) + 1);

// Keys end in a number: ISO weekdays (Monday is 1) and months from 1.
std::string_view numbered(Language language, std::string_view prefix, unsigned number) {
  // The key is put together on the stack: a site writes tens of thousands of dates.
  std::array<char, 64> key{};
  if (prefix.size() + 12 > key.size()) return "?";
  char* end = std::copy(prefix.begin(), prefix.end(), key.data());
  *end++ = '.';
  end = std::to_chars(end, key.data() + key.size(), number).ptr;
  std::string_view found = text(language, std::string_view(key.data(), static_cast<std::size_t>(end - key.data())));
  return found.data() == key.data() ? std::string_view("?") : found;  // not a key: never a view of the stack
}

unsigned iso_weekday(Date date) {
  return std::chrono::weekday(std::chrono::sys_days(date)).iso_encoding();
}

}  // namespace

std::string_view label(CalendarWord word, Language language) {
  return text(language, kWordKeys[static_cast<std::size_t>(word)]);
}

std::string_view weekday_abbreviation(Date date, Language language) {
  return numbered(language, "cal.weekday-short", iso_weekday(date));
}

std::string_view weekday_name(Date date, Language language) {
  return numbered(language, "cal.weekday", iso_weekday(date));
}

std::string_view month_abbreviation(unsigned month, Language language) {
  return month >= 1 && month <= 12 ? numbered(language, "cal.month-short", month) : "?";
}

std::string_view month_name(unsigned month, Language language) {
  return month >= 1 && month <= 12 ? numbered(language, "cal.month", month) : "?";
}

std::string day_of_month(Date date, Language language) {
  unsigned day = static_cast<unsigned>(date.day());
  if (day == 1) return std::string(text(language, "cal.first-of-month"));
  return std::to_string(day);
}

std::string day_month_year(Date date, Language language) {
  return fmt::format("{} {}", day_month(date, language), static_cast<int>(date.year()));
}

std::string day_month(Date date, Language language) {
  return fmt::format("{} {}", day_of_month(date, language),
                     month_abbreviation(static_cast<unsigned>(date.month()), language));
}

std::string short_date(Date date, Language language) {
  return fmt::format("{} {}", weekday_abbreviation(date, language), day_month(date, language));
}

std::string long_date(Date date, Language language) {
  return fmt::format("{} {}", short_date(date, language), static_cast<int>(date.year()));
}

namespace {

std::string weekday_and_day(Date date, Language language) {
  return fmt::format("{} {}", weekday_name(date, language), day_of_month(date, language));
}

std::string weekday_day_month(Date date, Language language) {
  return fmt::format("{} {}", weekday_and_day(date, language),
                     month_name(static_cast<unsigned>(date.month()), language));
}

}  // namespace

std::string full_date(Date date, Language language) {
  return fmt::format("{} {}", weekday_day_month(date, language), static_cast<int>(date.year()));
}

PeriodEnds period_ends(Date from, Date to, Language language) {
  std::string end = full_date(to, language);
  if (from.year() != to.year()) return {full_date(from, language), end};
  if (from.month() != to.month()) return {weekday_day_month(from, language), end};
  return {weekday_and_day(from, language), end};
}

Date iso_week_monday(Date date) {
  std::chrono::sys_days day{date};
  return Date{day - std::chrono::days{std::chrono::weekday(day).iso_encoding() - 1}};
}

std::string iso_week_title(Date date, Language language) {
  using namespace std::chrono;
  sys_days monday{iso_week_monday(date)};
  year_month_day thursday{monday + days{3}};  // the ISO week belongs to its Thursday's year
  auto week = (sys_days{thursday} - sys_days{thursday.year() / January / 1}).count() / 7 + 1;
  return fmt::format("{} {} · {} – {}", label(CalendarWord::Week, language), week,
                     day_month(Date{monday}, language), day_month(Date{monday + days{6}}, language));
}

std::string month_year(Date date, Language language) {
  return fmt::format("{} {}", month_name(static_cast<unsigned>(date.month()), language),
                     static_cast<int>(date.year()));
}

std::string relative_days(int days, Language language) {
  if (days == 0) return tr_in(language, "cal.today");
  if (days == 1) return tr_in(language, "cal.tomorrow");
  if (days > 1) return tr_in(language, "cal.in-days", fmt::arg("n", days));
  return trn_in(language, "cal.days-late", static_cast<std::size_t>(-static_cast<long long>(days)));
}

std::string_view state_label(DeadlineState state, Language language) {
  return text(language, fmt::format("cal.state.{}", state_name(state)));
}

std::string_view source_label(DeadlineSource source, Language language) {
  return text(language, fmt::format("cal.source.{}", source_name(source)));
}

std::string_view meeting_status_label(std::string_view status, Language language) {
  static constexpr std::string_view kKnown[] = {"planned", "confirmed", "held", "cancelled",
                                                "postponed"};
  for (std::string_view known : kKnown) {
    if (known == status) return text(language, fmt::format("value.status.{}", status));
  }
  return status;
}

std::string delegation_summary(std::string_view head, std::size_t size, Language language) {
  if (size == 0) return std::string(label(CalendarWord::NoDelegation, language));
  std::string count = trn_in(language, "cal.delegates", size);
  if (head.empty()) return count;
  return tr_in(language, "cal.delegation-head", fmt::arg("head", head), fmt::arg("count", count));
}

std::string deadlines_heading(Date from, Date to, Date today, std::size_t overdue,
                              Language language, bool today_given) {
  // Say which day "today" is only when the period does not start on it. A day given with
  // --today is not today in Nouméa: say which day the list is as of.
  std::string where = tr_in(language, "cal.today-in-noumea");
  if (today_given) {
    where = tr_in(language, "cal.as-of", fmt::arg("date", full_date(today, language)));
  } else if (from != today) {
    where = tr_in(language, "cal.today-in-noumea-is", fmt::arg("date", full_date(today, language)));
  }
  std::string late = overdue == 0 ? tr_in(language, "cal.none-overdue")
                                  : tr_in(language, "cal.n-overdue", fmt::arg("n", overdue));
  if (from == to) {
    return tr_in(language, "cal.deadlines-heading-day", fmt::arg("date", full_date(from, language)),
                 fmt::arg("where", where), fmt::arg("late", late));
  }
  PeriodEnds ends = period_ends(from, to, language);
  return tr_in(language, "cal.deadlines-heading", fmt::arg("from", ends.from), fmt::arg("to", ends.to),
               fmt::arg("where", where), fmt::arg("late", late));
}

std::string at_revision(std::string heading, std::string_view revision, Language language) {
  if (revision.empty()) return heading;
  return tr_in(language, "cal.at-revision", fmt::arg("heading", heading), fmt::arg("rev", visible_text(revision)));
}

std::string agenda_heading(Date from, Date to, Language language) {
  if (from == to) return tr_in(language, "cal.agenda-heading-day", fmt::arg("date", full_date(from, language)));
  PeriodEnds ends = period_ends(from, to, language);
  return tr_in(language, "cal.agenda-heading", fmt::arg("from", ends.from), fmt::arg("to", ends.to));
}

}  // namespace multilat
