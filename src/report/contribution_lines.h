// Organisations' contributions as dated lines: a one-off contribution is one line, a recurring
// one (`recurs`) one line per occurrence in the window asked for, paid up to `paid-through`.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "calendar/recurrence.h"
#include "model/records.h"

namespace multilat {

struct ContributionLine {
  const Organisation* organisation;
  const Contribution* contribution;
  Date due;  // the occurrence's due date (the paid date when none is given)
  bool paid = false;
  std::optional<Date> paid_on;  // known for a one-off payment or a first occurrence with `paid`
  long long cents = 0;
};

// The occurrences of recurring dues a report asks for: due in [from, until], or a paid first
// occurrence paid in it. One-off contributions are always there, whatever their dates.
struct ContributionWindow {
  std::optional<Date> from;  // none: from each contribution's first occurrence
  Date until;
};

struct ContributionLines {
  std::vector<ContributionLine> lines;  // in date order
  // Set when the window holds more occurrences of recurring dues than kMaxListedOccurrences:
  // the latest are kept, from `cut->at` on.
  std::optional<Cut> cut;
};

// Contributions whose amount or date is unusable are left out (`check` reports them).
ContributionLines contribution_lines(std::span<const Organisation> orgs,
                                     const ContributionWindow& window);

}  // namespace multilat
