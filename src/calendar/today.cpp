// Today's date in the desk's time zone, looked up in the system tzdata through date::tz.
#include "calendar/today.h"

#include <date/tz.h>

#include <stdexcept>

namespace multilat {

namespace {

const date::time_zone* find_zone(const std::string& zone) {
  // Loaded outside the try: a missing tzdata install is an environment failure, not a bad
  // zone name, and keeps its own message. (Debian's libdate-tz exports the free locate_zone
  // but not tzdb::locate_zone, hence the two calls.)
  date::get_tzdb();
  try {
    return date::locate_zone(zone);
  } catch (const std::runtime_error&) {
    throw std::runtime_error("unknown time zone '" + zone + "'");
  }
}

}  // namespace

Date date_in_zone(const std::string& zone, std::chrono::system_clock::time_point now) {
  const auto local = date::make_zoned(find_zone(zone), now).get_local_time();
  const auto local_day = std::chrono::floor<std::chrono::days>(local);
  // Local days count from the same 1970-01-01 epoch as sys_days, so the count carries over.
  return Date{std::chrono::sys_days{local_day.time_since_epoch()}};
}

}  // namespace multilat
