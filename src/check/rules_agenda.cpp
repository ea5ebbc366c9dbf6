// Rules about the calendar of delegations: nobody can sit in two meetings at once.
#include <fmt/format.h>

#include <algorithm>

#include "calendar/agenda.h"
#include "check/rule_functions.h"

namespace multilat::rules {
namespace {

// "(2026-08-14 to 2026-08-15)", or "(2026-08-14)" for a one-day meeting.
std::string days_of(const Store& store, std::string_view id) {
  auto ref = store.find(id);
  if (!ref || ref->kind != Kind::Meeting) return "";
  const Meeting& m = store.meetings[ref->index];
  if (!m.start) return "";
  Date start = m.start->value;
  Date last = std::max(*m.last_day(), start);
  if (last == start) return fmt::format(" ({})", format_date(start));
  return fmt::format(" ({} to {})", format_date(start), format_date(last));
}

std::string clash_message(const Store& store, const Clash& clash) {
  std::string who =
      clash.is_entity ? fmt::format("{} (no person named)", clash.who) : clash.who.str();
  return fmt::format("{} is also in the delegation to {}, which overlaps{}", who,
                     clash.other_meeting, days_of(store, clash.other_meeting));
}

}  // namespace

void delegation_clash(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Clash& clash : find_clashes(store)) {
    // Reported where the clash is, in the later meeting's file, whatever its id resolves to.
    RecordHeader where;
    where.path = clash.path;
    out.push_back(make_diagnostic(where, clash.loc, "delegation-clash", clash_message(store, clash),
                                  "send someone else, or record who replaces them"));
  }
}

}  // namespace multilat::rules
