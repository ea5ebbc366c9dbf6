// Expands recurring dues with the calendar's arithmetic (calendar/recurrence.h), so that a report
// and `deadlines` agree on which occurrences exist and which are paid, and so that only those in
// the window cost anything.
#include "report/contribution_lines.h"

#include <algorithm>

#include "report/money.h"

namespace multilat {
namespace {

// The occurrences due in the window.
Stretch window_stretch(const Dues& dues, const ContributionWindow& window) {
  int begin = window.from ? index_from(dues.series, *window.from) : 0;
  return {dues.series, begin, index_after(dues.series, window.until)};
}

class LineMaker {
 public:
  LineMaker(const ContributionWindow& window, std::vector<ContributionLine>& lines)
      : window_(window), lines_(lines) {}

  void contribution(const Organisation& org, const Contribution& k) {
    auto cents = parse_cents(k.money.amount);
    const LocatedDate& first = k.due ? k.due : k.paid;
    if (!cents || !first) return;
    auto dues = recurring_dues(k);
    if (!dues) {
      std::optional<Date> paid_on = k.paid ? std::optional<Date>(k.paid->value) : std::nullopt;
      lines_.push_back({&org, &k, first->value, k.paid.has_value(), paid_on, *cents});
      return;
    }
    Stretch due_in = window_stretch(*dues, window_);
    // A first occurrence paid in the window counts in it, however long before it fell due.
    bool paid_in = k.paid && window_.from && k.paid->value >= *window_.from;
    if (due_in.begin > 0 && paid_in && k.due->value <= window_.until) {
      occurrence(org, k, *dues, 0, *cents);
    }
    for (int n = due_in.begin; n < due_in.end; ++n) occurrence(org, k, *dues, n, *cents);
  }

 private:
  void occurrence(const Organisation& org, const Contribution& k, const Dues& dues, int n,
                  long long cents) {
    bool first_paid = n == 0 && k.paid;
    std::optional<Date> paid_on = first_paid ? std::optional<Date>(k.paid->value) : std::nullopt;
    lines_.push_back(
        {&org, &k, multilat::occurrence(dues.series, n), n < dues.first_unpaid, paid_on, cents});
  }

  const ContributionWindow& window_;
  std::vector<ContributionLine>& lines_;
};

std::optional<Cut> occurrence_cut(std::span<const Organisation> orgs,
                                  const ContributionWindow& window) {
  std::vector<Stretch> stretches;
  for (const Organisation& org : orgs) {
    for (const Contribution& k : org.contributions) {
      auto dues = recurring_dues(k);
      if (dues && parse_cents(k.money.amount)) stretches.push_back(window_stretch(*dues, window));
    }
  }
  return cut_keeping_latest(stretches, kMaxListedOccurrences);
}

}  // namespace

ContributionLines contribution_lines(std::span<const Organisation> orgs,
                                     const ContributionWindow& window) {
  ContributionLines out{{}, occurrence_cut(orgs, window)};
  // A cut moves the window's start: what is listed is then complete from the cut on.
  ContributionWindow kept = window;
  if (out.cut) kept.from = window.from ? std::max(*window.from, out.cut->at) : out.cut->at;
  LineMaker maker(kept, out.lines);
  for (const Organisation& org : orgs) {
    for (const Contribution& k : org.contributions) maker.contribution(org, k);
  }
  std::stable_sort(
      out.lines.begin(), out.lines.end(),
      [](const ContributionLine& a, const ContributionLine& b) { return a.due < b.due; });
  return out;
}

}  // namespace multilat
