// Rules about the calendar of delegations: nobody can sit in two meetings at once, and nobody
// can travel to one while attending another online.
#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "calendar/agenda.h"
#include "check/rule_functions.h"
#include "i18n/tr.h"

namespace multilat::rules {
namespace {

// "2026-08-14 to 2026-08-15", or "2026-08-14" for a one-day meeting; nothing when undated.
std::optional<std::string> days_of(const Store& store, std::string_view id) {
  auto ref = store.find(id);
  if (!ref || ref->kind != Kind::Meeting) return std::nullopt;
  const Meeting& m = store.meetings[ref->index];
  if (!m.start) return std::nullopt;
  Date start = m.start->value;
  Date last = std::max(*m.last_day(), start);
  if (last == start) return message_date(start);
  return i18n::tr("check.clash.days", fmt::arg("start", message_date(start)),
                  fmt::arg("last", message_date(last)));
}

std::string clash_message(const Store& store, const Clash& clash) {
  std::string who = clash.is_entity ? i18n::tr("check.clash.no-person", fmt::arg("who", clash.who))
                                    : clash.who.str();
  const Str& meeting = clash.other_meeting;
  auto days = days_of(store, meeting);
  if (!days) {
    return i18n::tr(clash.online ? "check.clash-online.undated" : "check.clash.undated",
                    fmt::arg("who", who), fmt::arg("meeting", meeting));
  }
  return i18n::tr(clash.online ? "check.clash-online" : "check.clash", fmt::arg("who", who),
                  fmt::arg("meeting", meeting), fmt::arg("days", *days));
}

}  // namespace

void delegation_clash(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Clash& clash : find_clashes(store)) {
    // Reported where the clash is, in the later meeting's file, whatever its id resolves to.
    // Online, nobody travels: a rule of its own, so that a desk can silence it apart.
    RecordHeader where;
    where.path = clash.path;
    out.push_back(make_diagnostic(
        where, clash.loc, clash.online ? "delegation-clash-online" : "delegation-clash",
        clash_message(store, clash),
        i18n::tr(clash.online ? "check.clash-online.hint" : "check.clash.hint")));
  }
}

}  // namespace multilat::rules
