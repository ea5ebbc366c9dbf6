// The calendar date at an instant in a named time zone, from the system's tz database.
#pragma once

#include <chrono>
#include <string>

#include "model/date.h"

namespace multilat {

// The date `now` falls on in `zone`, an IANA name such as "Pacific/Noumea".
// Throws std::runtime_error("unknown time zone 'X'") when the database has no such zone.
Date date_in_zone(const std::string& zone, std::chrono::system_clock::time_point now);

}  // namespace multilat
