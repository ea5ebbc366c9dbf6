// Tests of today's date in a named time zone.
#include "calendar/today.h"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace multilat;

namespace {

// An instant written as UTC date and time.
std::chrono::system_clock::time_point utc(int y, unsigned mo, unsigned d, int h, int mi, int s) {
  const std::chrono::sys_days day{std::chrono::year{y} / mo / d};
  return day + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{s};
}

std::string date_at(const std::string& zone, std::chrono::system_clock::time_point now) {
  return format_date(date_in_zone(zone, now));
}

}  // namespace

TEST_CASE("Noumea, at UTC+11, is already on the next day from 13:00 UTC") {
  CHECK(date_at("Pacific/Noumea", utc(2026, 11, 29, 0, 0, 0)) == "2026-11-29");
  CHECK(date_at("Pacific/Noumea", utc(2026, 11, 29, 12, 59, 59)) == "2026-11-29");
  CHECK(date_at("Pacific/Noumea", utc(2026, 11, 29, 13, 0, 0)) == "2026-11-30");
  CHECK(date_at("Pacific/Noumea", utc(2026, 11, 29, 23, 30, 0)) == "2026-11-30");
  // The sub-second part must not tip the day over.
  CHECK(date_at("Pacific/Noumea", utc(2026, 11, 29, 12, 59, 59) + std::chrono::milliseconds{999}) ==
        "2026-11-29");
}

TEST_CASE("Noumea crosses into a new year before UTC does") {
  CHECK(date_at("Pacific/Noumea", utc(2026, 12, 31, 12, 59, 59)) == "2026-12-31");
  CHECK(date_at("Pacific/Noumea", utc(2026, 12, 31, 13, 0, 0)) == "2027-01-01");
}

TEST_CASE("UTC is the date of the instant itself") {
  CHECK(date_at("UTC", utc(2026, 11, 29, 23, 59, 59)) == "2026-11-29");
  CHECK(date_at("UTC", utc(2026, 11, 30, 0, 0, 0)) == "2026-11-30");
}

TEST_CASE("Paris: midnight moves by an hour on the spring DST change day") {
  // Until 29 March 2026 01:00 UTC Paris is UTC+1; after it, UTC+2.
  CHECK(date_at("Europe/Paris", utc(2026, 3, 28, 22, 59, 59)) == "2026-03-28");
  CHECK(date_at("Europe/Paris", utc(2026, 3, 28, 23, 0, 0)) == "2026-03-29");
  CHECK(date_at("Europe/Paris", utc(2026, 3, 29, 21, 59, 59)) == "2026-03-29");
  CHECK(date_at("Europe/Paris", utc(2026, 3, 29, 22, 0, 0)) == "2026-03-30");
}

TEST_CASE("Paris: midnight moves back on the autumn DST change day") {
  // Until 25 October 2026 01:00 UTC Paris is UTC+2; after it, UTC+1.
  CHECK(date_at("Europe/Paris", utc(2026, 10, 24, 21, 59, 59)) == "2026-10-24");
  CHECK(date_at("Europe/Paris", utc(2026, 10, 24, 22, 0, 0)) == "2026-10-25");
  CHECK(date_at("Europe/Paris", utc(2026, 10, 25, 22, 59, 59)) == "2026-10-25");
  CHECK(date_at("Europe/Paris", utc(2026, 10, 25, 23, 0, 0)) == "2026-10-26");
}

TEST_CASE("an unknown time zone throws, naming the zone") {
  const auto now = utc(2026, 11, 29, 0, 0, 0);
  CHECK_THROWS_WITH_AS(date_in_zone("Pacific/Atlantis", now),
                       "unknown time zone 'Pacific/Atlantis'", std::runtime_error);
  CHECK_THROWS_WITH_AS(date_in_zone("", now), "unknown time zone ''", std::runtime_error);
  // Names are exact: no case folding, and no paths into or out of the zoneinfo folder.
  CHECK_THROWS_WITH_AS(date_in_zone("pacific/noumea", now), "unknown time zone 'pacific/noumea'",
                       std::runtime_error);
  CHECK_THROWS_AS(date_in_zone("../../etc/passwd", now), std::runtime_error);
  CHECK_THROWS_AS(date_in_zone("/usr/share/zoneinfo/UTC", now), std::runtime_error);
}
