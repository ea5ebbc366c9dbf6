// An organisation's contributions as dated lines: a one-off contribution is one line, a
// recurring one (`recurs`) one line per occurrence, paid up to `paid-through`.
#pragma once

#include <optional>
#include <vector>

#include "model/records.h"

namespace multilat {

struct ContributionLine {
  const Contribution* contribution;
  Date due;                    // the occurrence's due date (the paid date when none is given)
  bool paid = false;
  std::optional<Date> paid_on;  // known for a one-off payment or a first occurrence with `paid`
  long long cents = 0;
};

// Lines due up to `until`, in date order; contributions whose amount or date is unusable are
// left out (`check` reports them).
std::vector<ContributionLine> contribution_lines(const Organisation& org, Date until);

}  // namespace multilat
