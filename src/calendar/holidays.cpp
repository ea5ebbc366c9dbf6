// New Caledonia's public holidays: the fixed and Easter-based ones, and the settings' extras.
#include "calendar/holidays.h"

#include <algorithm>
#include <array>

namespace multilat {

namespace {

using std::chrono::sys_days;

// The computus repeats every 5,700,000 years; shifting by it keeps the arithmetic below on
// non-negative numbers, where integer division and remainder mean what the algorithm needs.
constexpr int kEasterCycleYears = 5'700'000;

struct FixedHoliday {
  unsigned month;
  unsigned day;
  const char* fr;
  const char* en;
};

struct EasterHoliday {
  int days_after_easter;
  const char* fr;
  const char* en;
};

constexpr std::array<FixedHoliday, 9> kFixed = {{
    {1, 1, "Jour de l'an", "New Year's Day"},
    {5, 1, "Fête du Travail", "Labour Day"},
    {5, 8, "Victoire 1945", "Victory in Europe Day"},
    {7, 14, "Fête nationale", "Bastille Day"},
    {8, 15, "Assomption", "Assumption"},
    {9, 24, "Fête de la Citoyenneté", "Citizenship Day"},
    {11, 1, "Toussaint", "All Saints' Day"},
    {11, 11, "Armistice 1918", "Armistice Day"},
    {12, 25, "Noël", "Christmas Day"},
}};

constexpr std::array<EasterHoliday, 3> kEasterBased = {{
    {1, "Lundi de Pâques", "Easter Monday"},
    {39, "Ascension", "Ascension Day"},
    {50, "Lundi de Pentecôte", "Whit Monday"},
}};

// An extra holiday may come without a name; it still has to read as a holiday in a note.
Text unnamed_holiday() { return Text{"Jour férié", "Public holiday"}; }

template <typename Entry>
Text name_of(const Entry& entry) {
  return Text{entry.fr, entry.en};
}

const FixedHoliday* fixed_holiday(Date date) {
  for (const FixedHoliday& fixed : kFixed) {
    if (date.month() == std::chrono::month{fixed.month} &&
        date.day() == std::chrono::day{fixed.day}) {
      return &fixed;
    }
  }
  return nullptr;
}

const EasterHoliday* easter_holiday(Date date) {
  const int offset = days_between(easter_sunday(static_cast<int>(date.year())), date);
  for (const EasterHoliday& movable : kEasterBased) {
    if (offset == movable.days_after_easter) return &movable;
  }
  return nullptr;
}

bool is_weekend(Date date) {
  const std::chrono::weekday weekday{sys_days{date}};
  return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

}  // namespace

// The "anonymous Gregorian algorithm" (Meeus, Astronomical Algorithms, ch. 8).
Date easter_sunday(int year) {
  const int y = year < 1 ? year + kEasterCycleYears : year;
  const int a = y % 19;  // place in the 19-year Metonic cycle
  const int b = y / 100;
  const int c = y % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;  // epact: age of the paschal full moon
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;  // days from the full moon to Sunday
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
              std::chrono::day{static_cast<unsigned>(day)}};
}

std::vector<Holiday> nc_public_holidays(int year) {
  std::vector<Holiday> holidays;
  for (const FixedHoliday& fixed : kFixed) {
    const Date date{std::chrono::year{year}, std::chrono::month{fixed.month},
                    std::chrono::day{fixed.day}};
    holidays.push_back({date, name_of(fixed)});
  }
  const Date easter = easter_sunday(year);
  for (const EasterHoliday& movable : kEasterBased) {
    holidays.push_back({add_days(easter, movable.days_after_easter), name_of(movable)});
  }
  // Stable, so that on a shared day the fixed holiday stays first, as holiday() reports it.
  std::stable_sort(holidays.begin(), holidays.end(),
                   [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
  return holidays;
}

HolidayCalendar::HolidayCalendar(const std::vector<Holiday>& extra) {
  for (const Holiday& holiday : extra) {
    extra_.emplace(holiday.date, holiday.name.empty() ? unnamed_holiday() : holiday.name);
  }
}

const Text* HolidayCalendar::extra_holiday(Date date) const {
  const auto found = extra_.find(date);
  return found == extra_.end() ? nullptr : &found->second;
}

std::optional<Text> HolidayCalendar::holiday(Date date) const {
  if (const FixedHoliday* fixed = fixed_holiday(date)) return name_of(*fixed);
  if (const EasterHoliday* movable = easter_holiday(date)) return name_of(*movable);
  if (const Text* extra = extra_holiday(date)) return *extra;
  return std::nullopt;
}

bool HolidayCalendar::is_working_day(Date date) const {
  // Checked without building names: this runs for every deadline, and again while moving one.
  return !is_weekend(date) && !fixed_holiday(date) && !easter_holiday(date) && !extra_holiday(date);
}

Date HolidayCalendar::previous_working_day(Date date) const {
  // Ends: the built-in holidays never fill a week, and the extras are finitely many.
  while (!is_working_day(date)) date = add_days(date, -1);
  return date;
}

DayNote HolidayCalendar::note(Date date, Language language) const {
  DayNote note;
  note.weekend = is_weekend(date);
  if (auto name = holiday(date)) note.holiday = name->in(language);
  return note;
}

}  // namespace multilat
