// Rules on the order and consistency of dates within one record.
#include <fmt/format.h>

#include "check/rule_functions.h"
#include "i18n/tr.h"

namespace multilat::rules {
namespace {

using OrderMessage = std::string (*)(Date date, Date previous);

std::string status_change_order(Date date, Date previous) {
  return i18n::tr("check.status-change-order", fmt::arg("date", message_date(date)),
                  fmt::arg("previous", message_date(previous)));
}

std::string history_order(Date date, Date previous) {
  return i18n::tr("check.history-order", fmt::arg("date", message_date(date)),
                  fmt::arg("previous", message_date(previous)));
}

// Reports each dated entry that is earlier than the one before it.
template <class Entry, class DateOf>
void check_ascending(const RecordHeader& record, const std::vector<Entry>& entries, DateOf date_of,
                     OrderMessage message, std::vector<Diagnostic>& out) {
  const Located<Date>* previous = nullptr;
  for (const Entry& entry : entries) {
    const LocatedDate& date = date_of(entry);
    if (!date) continue;
    if (previous && date->value < previous->value) {
      out.push_back(make_diagnostic(record, date->loc, "date-order",
                                    message(date->value, previous->value),
                                    i18n::tr("check.order.hint")));
    }
    previous = &*date;
  }
}

// "member since 2020-01-01", or "member" when undated.
std::string status_text(Str status, const LocatedDate& since) {
  if (!since) return status.str();
  return i18n::tr("check.status-since", fmt::arg("status", status),
                  fmt::arg("date", message_date(since->value)));
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
      i18n::tr("check.nc-history-differs", fmt::arg("last", status_text(last.status, last.since)),
               fmt::arg("current", status_text(org.nc_status.value, org.nc_since))),
      i18n::tr("check.nc-history-differs.hint")));
}

}  // namespace

void date_order(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Meeting& m : store.meetings) {
    if (m.start && m.end && m.end->value < m.start->value) {
      out.push_back(make_diagnostic(
          m.header, m.end->loc, "date-order",
          i18n::tr("check.meeting-ends-early", fmt::arg("end", message_date(m.end->value)),
                   fmt::arg("start", message_date(m.start->value))),
          i18n::tr("check.meeting-ends-early.hint")));
    }
  }
  for (const Organisation& org : store.organisations) {
    check_ascending(
        org.header, org.nc_history,
        [](const StatusChange& c) -> const LocatedDate& { return c.since; }, status_change_order,
        out);
  }
  for (const Prospect& p : store.prospects) {
    check_ascending(
        p.header, p.history, [](const HistoryEntry& h) -> const LocatedDate& { return h.date; },
        history_order, out);
  }
}

void deadline_after_meeting(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Meeting& m : store.meetings) {
    if (!m.start) continue;
    for (const MeetingDeadline& d : m.deadlines) {
      if (!d.due || d.due->value <= m.start->value) continue;
      out.push_back(make_diagnostic(
          m.header, d.due->loc, "deadline-after-meeting",
          i18n::tr("check.deadline-after-meeting", fmt::arg("due", message_date(d.due->value)),
                   fmt::arg("start", message_date(m.start->value))),
          i18n::tr("check.deadline-after-meeting.hint")));
    }
  }
}

void nc_status_dates(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  for (const Organisation& org : store.organisations) {
    if (org.nc_since && org.nc_since->value > context.today) {
      out.push_back(make_diagnostic(
          org.header, org.nc_since->loc, "nc-status-dates",
          i18n::tr("check.nc-since-future", fmt::arg("date", message_date(org.nc_since->value))),
          i18n::tr("check.nc-since-future.hint")));
    }
    if (org.nc_status.value == "none" && org.nc_since) {
      out.push_back(make_diagnostic(org.header, org.nc_since->loc, "nc-status-dates",
                                    i18n::tr("check.nc-none-with-since"),
                                    i18n::tr("check.nc-none-with-since.hint")));
    }
    check_status_history(org, out);
  }
}

}  // namespace multilat::rules
