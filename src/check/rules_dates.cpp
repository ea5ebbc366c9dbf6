// Rules on the order and consistency of dates within one record.
#include <fmt/format.h>

#include "check/rule_functions.h"

namespace multilat::rules {
namespace {

// Reports each dated entry that is earlier than the one before it.
template <class Entry, class DateOf>
void check_ascending(const RecordHeader& record, const std::vector<Entry>& entries, DateOf date_of,
                     std::string_view what, std::vector<Diagnostic>& out) {
  const Located<Date>* previous = nullptr;
  for (const Entry& entry : entries) {
    const LocatedDate& date = date_of(entry);
    if (!date) continue;
    if (previous && date->value < previous->value) {
      out.push_back(
          make_diagnostic(record, date->loc, "date-order",
                          fmt::format("{} {} comes after {}", what, format_date(date->value),
                                      format_date(previous->value)),
                          "list the entries oldest first"));
    }
    previous = &*date;
  }
}

void check_status_history(const Organisation& org, std::vector<Diagnostic>& out) {
  if (org.nc_history.empty()) return;
  const StatusChange& last = org.nc_history.back();
  bool same_date = (!last.since && !org.nc_since) ||
                   (last.since && org.nc_since && last.since->value == org.nc_since->value);
  if (last.status == org.nc_status.value && same_date) return;
  Loc loc = last.since ? last.since->loc : org.nc_status.loc;
  out.push_back(make_diagnostic(
      org.header, loc, "nc-status-dates",
      fmt::format("the last nc-history entry ({}{}) differs from nc-status ({}{})", last.status,
                  last.since ? " since " + format_date(last.since->value) : "", org.nc_status.value,
                  org.nc_since ? " since " + format_date(org.nc_since->value) : ""),
      "the last entry of nc-history is the current status: make them agree"));
}

}  // namespace

void date_order(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Meeting& m : store.meetings) {
    if (m.start && m.end && m.end->value < m.start->value) {
      out.push_back(
          make_diagnostic(m.header, m.end->loc, "date-order",
                          fmt::format("the meeting ends ({}) before it starts ({})",
                                      format_date(m.end->value), format_date(m.start->value)),
                          "swap start and end, or fix the year"));
    }
  }
  for (const Organisation& org : store.organisations) {
    check_ascending(
        org.header, org.nc_history,
        [](const StatusChange& c) -> const LocatedDate& { return c.since; }, "status change of",
        out);
  }
  for (const Prospect& p : store.prospects) {
    check_ascending(
        p.header, p.history, [](const HistoryEntry& h) -> const LocatedDate& { return h.date; },
        "history entry of", out);
  }
}

void deadline_after_meeting(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Meeting& m : store.meetings) {
    if (!m.start) continue;
    for (const MeetingDeadline& d : m.deadlines) {
      if (!d.due || d.due->value <= m.start->value) continue;
      out.push_back(
          make_diagnostic(m.header, d.due->loc, "deadline-after-meeting",
                          fmt::format("deadline {} is after the meeting starts ({})",
                                      format_date(d.due->value), format_date(m.start->value)),
                          "move work due after the meeting to follow-up"));
    }
  }
}

void nc_status_dates(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  for (const Organisation& org : store.organisations) {
    if (org.nc_since && org.nc_since->value > context.today) {
      out.push_back(make_diagnostic(
          org.header, org.nc_since->loc, "nc-status-dates",
          fmt::format("nc-since {} is in the future", format_date(org.nc_since->value)),
          "record the status once it has begun"));
    }
    if (org.nc_status.value == "none" && org.nc_since) {
      out.push_back(make_diagnostic(org.header, org.nc_since->loc, "nc-status-dates",
                                    "nc-status is none but nc-since gives a date",
                                    "remove nc-since, or give the status that began then"));
    }
    check_status_history(org, out);
  }
}

}  // namespace multilat::rules
