// Tests of Easter, New Caledonia's public holidays and the working-day calendar.
#include "calendar/holidays.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace multilat;

namespace {

Date date_of(std::string_view text) {
  const auto date = parse_date(text);
  REQUIRE(date.has_value());
  return *date;
}

struct Expected {
  const char* date;
  const char* fr;
  const char* en;
};

void check_holidays(int year, const std::vector<Expected>& expected) {
  const std::vector<Holiday> actual = nc_public_holidays(year);
  REQUIRE(actual.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(expected[i].date);
    CHECK(format_date(actual[i].date) == expected[i].date);
    CHECK(actual[i].name.fr == expected[i].fr);
    CHECK(actual[i].name.en == expected[i].en);
  }
}

}  // namespace

TEST_CASE("easter_sunday matches the published dates") {
  CHECK(format_date(easter_sunday(1583)) == "1583-04-10");  // first year of the tables
  CHECK(format_date(easter_sunday(1818)) == "1818-03-22");  // earliest possible date
  CHECK(format_date(easter_sunday(1943)) == "1943-04-25");  // latest possible date
  CHECK(format_date(easter_sunday(2000)) == "2000-04-23");
  CHECK(format_date(easter_sunday(2008)) == "2008-03-23");
  CHECK(format_date(easter_sunday(2011)) == "2011-04-24");
  CHECK(format_date(easter_sunday(2019)) == "2019-04-21");
  CHECK(format_date(easter_sunday(2024)) == "2024-03-31");
  CHECK(format_date(easter_sunday(2025)) == "2025-04-20");
  CHECK(format_date(easter_sunday(2026)) == "2026-04-05");
  CHECK(format_date(easter_sunday(2027)) == "2027-03-28");
  CHECK(format_date(easter_sunday(2038)) == "2038-04-25");
  CHECK(format_date(easter_sunday(2285)) == "2285-03-22");
  CHECK(format_date(easter_sunday(4099)) == "4099-04-19");  // last year of the tables
}

TEST_CASE("easter_sunday is always a Sunday between 22 March and 25 April") {
  for (int year = 1583; year <= 4099; ++year) {
    CAPTURE(year);
    const Date easter = easter_sunday(year);
    REQUIRE(easter.ok());
    CHECK(std::chrono::weekday{std::chrono::sys_days{easter}} == std::chrono::Sunday);
    CHECK(easter >= Date{std::chrono::year{year} / 3 / 22});
    CHECK(easter <= Date{std::chrono::year{year} / 4 / 25});
  }
}

TEST_CASE("easter_sunday stays a valid date outside the tables") {
  for (int year : {1, 100, 1582, 4100, 9999, 0, -1, -32767}) {
    CAPTURE(year);
    const Date easter = easter_sunday(year);
    CHECK(easter.ok());
    CHECK(static_cast<int>(easter.year()) == year);
  }
}

TEST_CASE("nc_public_holidays gives the published calendar for 2025") {
  check_holidays(2025, {
                           {"2025-01-01", "Jour de l'an", "New Year's Day"},
                           {"2025-04-21", "Lundi de Pâques", "Easter Monday"},
                           {"2025-05-01", "Fête du Travail", "Labour Day"},
                           {"2025-05-08", "Victoire 1945", "Victory in Europe Day"},
                           {"2025-05-29", "Ascension", "Ascension Day"},
                           {"2025-06-09", "Lundi de Pentecôte", "Whit Monday"},
                           {"2025-07-14", "Fête nationale", "Bastille Day"},
                           {"2025-08-15", "Assomption", "Assumption"},
                           {"2025-09-24", "Fête de la Citoyenneté", "Citizenship Day"},
                           {"2025-11-01", "Toussaint", "All Saints' Day"},
                           {"2025-11-11", "Armistice 1918", "Armistice Day"},
                           {"2025-12-25", "Noël", "Christmas Day"},
                       });
}

TEST_CASE("nc_public_holidays gives the published calendar for 2026") {
  check_holidays(2026, {
                           {"2026-01-01", "Jour de l'an", "New Year's Day"},
                           {"2026-04-06", "Lundi de Pâques", "Easter Monday"},
                           {"2026-05-01", "Fête du Travail", "Labour Day"},
                           {"2026-05-08", "Victoire 1945", "Victory in Europe Day"},
                           {"2026-05-14", "Ascension", "Ascension Day"},
                           {"2026-05-25", "Lundi de Pentecôte", "Whit Monday"},
                           {"2026-07-14", "Fête nationale", "Bastille Day"},
                           {"2026-08-15", "Assomption", "Assumption"},
                           {"2026-09-24", "Fête de la Citoyenneté", "Citizenship Day"},
                           {"2026-11-01", "Toussaint", "All Saints' Day"},
                           {"2026-11-11", "Armistice 1918", "Armistice Day"},
                           {"2026-12-25", "Noël", "Christmas Day"},
                       });
}

TEST_CASE("nc_public_holidays keeps both holidays on a shared day, sorted") {
  // In 2008 Easter was 23 March, so Ascension fell on 1 May.
  const std::vector<Holiday> holidays = nc_public_holidays(2008);
  REQUIRE(holidays.size() == 12);
  CHECK(format_date(holidays[2].date) == "2008-05-01");
  CHECK(holidays[2].name.en == "Labour Day");
  CHECK(format_date(holidays[3].date) == "2008-05-01");
  CHECK(holidays[3].name.en == "Ascension Day");
  CHECK(HolidayCalendar{}.holiday(date_of("2008-05-01"))->en == "Labour Day");
  for (size_t i = 1; i < holidays.size(); ++i) CHECK(holidays[i - 1].date <= holidays[i].date);
}

TEST_CASE("Citizenship Day, 24 September, is a holiday every year") {
  const HolidayCalendar calendar;
  for (int year = 1990; year <= 2100; ++year) {
    CAPTURE(year);
    const Date day{std::chrono::year{year} / 9 / 24};
    const auto name = calendar.holiday(day);
    REQUIRE(name.has_value());
    CHECK(name->fr == "Fête de la Citoyenneté");
    CHECK(nc_public_holidays(year).size() == 12);
  }
}

TEST_CASE("HolidayCalendar knows every built-in holiday and nothing else") {
  const HolidayCalendar calendar;
  for (const Holiday& holiday : nc_public_holidays(2026)) {
    CAPTURE(format_date(holiday.date));
    const auto name = calendar.holiday(holiday.date);
    REQUIRE(name.has_value());
    CHECK(name->fr == holiday.name.fr);
  }
  CHECK_FALSE(calendar.holiday(date_of("2026-04-05")));  // Easter Sunday itself
  CHECK_FALSE(calendar.holiday(date_of("2026-04-07")));
  CHECK_FALSE(calendar.holiday(date_of("2026-12-26")));
  CHECK_FALSE(calendar.holiday(date_of("2026-05-15")));
}

TEST_CASE("weekends and holidays are not working days") {
  const HolidayCalendar calendar;
  CHECK(calendar.is_working_day(date_of("2026-05-22")));        // Friday
  CHECK_FALSE(calendar.is_working_day(date_of("2026-05-23")));  // Saturday
  CHECK_FALSE(calendar.is_working_day(date_of("2026-05-24")));  // Sunday
  CHECK_FALSE(calendar.is_working_day(date_of("2026-05-25")));  // Whit Monday
  CHECK(calendar.is_working_day(date_of("2026-05-26")));
  CHECK_FALSE(calendar.is_working_day(date_of("2026-05-14")));  // Ascension, a Thursday
  CHECK(calendar.is_working_day(date_of("2026-05-15")));
  CHECK_FALSE(calendar.is_working_day(date_of("2026-09-24")));  // Citizenship Day
  CHECK_FALSE(calendar.is_working_day(date_of("2026-12-25")));
}

TEST_CASE("previous_working_day steps back over weekends and holidays") {
  const HolidayCalendar calendar;
  // Whit Monday, then the weekend before it.
  CHECK(format_date(calendar.previous_working_day(date_of("2026-05-25"))) == "2026-05-22");
  CHECK(format_date(calendar.previous_working_day(date_of("2026-05-24"))) == "2026-05-22");
  // Across 1 January: 2028-01-01 is a Saturday and a holiday.
  CHECK(format_date(calendar.previous_working_day(date_of("2028-01-01"))) == "2027-12-31");
  CHECK(format_date(calendar.previous_working_day(date_of("2028-01-02"))) == "2027-12-31");
  // 2027-01-01 is a Friday holiday: back to Thursday 31 December.
  CHECK(format_date(calendar.previous_working_day(date_of("2027-01-01"))) == "2026-12-31");
  // Easter Monday 2026: back over Easter weekend to Good Friday, a working day in NC.
  CHECK(format_date(calendar.previous_working_day(date_of("2026-04-06"))) == "2026-04-03");
}

TEST_CASE("previous_working_day returns a working day unchanged") {
  const HolidayCalendar calendar;
  CHECK(format_date(calendar.previous_working_day(date_of("2026-05-22"))) == "2026-05-22");
  CHECK(format_date(calendar.previous_working_day(date_of("2026-05-26"))) == "2026-05-26");
}

TEST_CASE("extra holidays from the settings count") {
  const HolidayCalendar calendar({
      {date_of("2026-09-25"), Text{"Pont de la Citoyenneté", "Citizenship bridge day"}},
      {date_of("2026-06-26"), Text{"", "Desk retreat"}},
  });
  CHECK_FALSE(calendar.is_working_day(date_of("2026-09-25")));
  CHECK(calendar.holiday(date_of("2026-09-25"))->fr == "Pont de la Citoyenneté");
  // Thursday 24 is Citizenship Day and Friday 25 the extra: back to Wednesday 23.
  CHECK(format_date(calendar.previous_working_day(date_of("2026-09-27"))) == "2026-09-23");
  CHECK_FALSE(calendar.is_working_day(date_of("2026-06-26")));
  // Only the dates listed: the same day a year later is an ordinary Friday.
  CHECK(calendar.is_working_day(date_of("2027-06-25")));
  CHECK_FALSE(HolidayCalendar{}.holiday(date_of("2026-09-25")));
}

TEST_CASE("an extra holiday on a built-in one, or listed twice, keeps the first name") {
  const HolidayCalendar calendar({
      {date_of("2026-12-25"), Text{"Autre nom", "Other name"}},
      {date_of("2026-10-02"), Text{"Premier", "First"}},
      {date_of("2026-10-02"), Text{"Second", "Second"}},
  });
  CHECK(calendar.holiday(date_of("2026-12-25"))->en == "Christmas Day");
  CHECK(calendar.holiday(date_of("2026-10-02"))->en == "First");
}

TEST_CASE("an unnamed extra holiday still reads as a holiday") {
  const HolidayCalendar calendar({{date_of("2026-10-02"), Text{}}});
  const DayNote note = calendar.note(date_of("2026-10-02"), Language::En);
  CHECK_FALSE(note.empty());
  CHECK(note.holiday == "Public holiday");
  CHECK(calendar.note(date_of("2026-10-02"), Language::Fr).holiday == "Jour férié");
}

TEST_CASE("note names the holiday in the chosen language and flags weekends") {
  const HolidayCalendar calendar({{date_of("2026-06-26"), Text{"", "Desk retreat"}}});
  const DayNote whit_fr = calendar.note(date_of("2026-05-25"), Language::Fr);
  CHECK_FALSE(whit_fr.weekend);
  CHECK(whit_fr.holiday == "Lundi de Pentecôte");
  CHECK(calendar.note(date_of("2026-05-25"), Language::En).holiday == "Whit Monday");
  // 15 August 2026 is a Saturday: both reasons at once.
  const DayNote assumption = calendar.note(date_of("2026-08-15"), Language::En);
  CHECK(assumption.weekend);
  CHECK(assumption.holiday == "Assumption");
  const DayNote saturday = calendar.note(date_of("2026-05-23"), Language::Fr);
  CHECK(saturday.weekend);
  CHECK(saturday.holiday.empty());
  CHECK(calendar.note(date_of("2026-05-22"), Language::Fr).empty());
  // The extra holiday has no French name: the English one stands in.
  CHECK(calendar.note(date_of("2026-06-26"), Language::Fr).holiday == "Desk retreat");
}
