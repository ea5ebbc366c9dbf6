// The warning a command gives when the bound on occurrences of recurring dues cut its list.
#pragma once

#include <optional>

#include "calendar/deadlines.h"
#include "calendar/recurrence.h"

namespace multilat::cli {

// Which end of the list the cut kept: what is coming (deadlines) or what is recent (a history).
enum class CutKeeps { Earliest, Latest };

// Says on stderr where the list stops and how many occurrences it leaves out. Returns 1 when
// the list was cut, since what the command shows is then incomplete, and 0 otherwise.
int warn_if_cut(const std::optional<Cut>& cut, CutKeeps keeps);

// The same for a list of deadlines: only when the query can list dues at all, so that
// `deadlines --kind action` is neither warned nor failed for a cut it cannot see.
int warn_if_cut(const std::optional<Cut>& cut, const DeadlineQuery& query);

}  // namespace multilat::cli
