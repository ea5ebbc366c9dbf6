// Expands recurring dues the way the calendar does, so that a report and `deadlines` agree on
// which occurrences exist and which are paid.
#include "report/contribution_lines.h"

#include <algorithm>

#include "report/money.h"

namespace multilat {
namespace {

constexpr int kMaxOccurrences = 1000;  // as the calendar bounds it

}  // namespace

std::vector<ContributionLine> contribution_lines(const Organisation& org, Date until) {
  std::vector<ContributionLine> lines;
  for (const Contribution& k : org.contributions) {
    auto cents = parse_cents(k.money.amount);
    const LocatedDate& first = k.due ? k.due : k.paid;
    if (!cents || !first) continue;
    if (!k.recurs || k.recurs->months == 0 || !k.due) {
      std::optional<Date> paid_on = k.paid ? std::optional<Date>(k.paid->value) : std::nullopt;
      lines.push_back({&k, first->value, k.paid.has_value(), paid_on, *cents});
      continue;
    }
    for (int n = 0; n < kMaxOccurrences; ++n) {
      Date due = add_duration(k.due->value, Duration{k.recurs->months * n, DurationUnit::Months});
      if (due > until) break;
      bool first_paid = n == 0 && k.paid;
      bool paid = first_paid || (k.paid_through && due <= k.paid_through->value);
      std::optional<Date> paid_on = first_paid ? std::optional<Date>(k.paid->value) : std::nullopt;
      lines.push_back({&k, due, paid, paid_on, *cents});
    }
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const ContributionLine& a, const ContributionLine& b) { return a.due < b.due; });
  return lines;
}

}  // namespace multilat
