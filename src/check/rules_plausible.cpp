// Rules on dates that are valid but cannot be right: done in the future, a report due before
// its meeting ends, a meeting decades ahead, dues recurring since before New Caledonia was a
// member. Each is a typo the desk would otherwise trust.
#include <fmt/format.h>

#include "check/rule_functions.h"
#include "i18n/tr.h"
#include "load/scalar_rules.h"

namespace multilat::rules {
namespace {

// How far ahead a meeting may be planned before its year looks like a typo (2062 for 2026).
constexpr int kFarAheadYears = 5;

// Dues may fall due somewhat before a membership's formal date (early in the year of
// admission), but not more than this many years.
constexpr int kDuesBeforeStatusYears = 1;
// New Caledonia became an overseas territory in 1946, before every membership the desk follows
// (SPC, founded 1947, is the oldest): dues cannot recur from earlier, whatever the record says.
constexpr Date kFirstMemberships{std::chrono::year{1946}, std::chrono::January,
                                 std::chrono::day{1}};

// The oldest date the record gives for New Caledonia's status in the organisation.
std::optional<Date> status_known_since(const Organisation& org) {
  std::optional<Date> first;
  if (org.nc_since) first = org.nc_since->value;
  for (const StatusChange& change : org.nc_history) {
    if (change.since && (!first || change.since->value < *first)) first = change.since->value;
  }
  return first;
}

// The franc Pacifique has no subunit: "12500000.5 XPF" is a misplaced point or a figure copied
// from another currency, and the reports would round it away.
void report_if_fraction(const RecordHeader& record, const Money& money, std::vector<Diagnostic>& out) {
  if (money.currency != "XPF") return;
  auto cents = parse_cents(money.amount);
  if (!cents || *cents % 100 == 0) return;
  out.push_back(make_diagnostic(record, money.amount_loc, "amount-fraction",
                                i18n::tr("check.amount-fraction", fmt::arg("amount", money.amount.str())),
                                i18n::tr("check.amount-fraction.hint")));
}

// `field` is the record's key (paid, done...): keys are the same in every language.
void report_if_future(const RecordHeader& record, std::string_view field, const LocatedDate& date,
                      const Context& context, std::vector<Diagnostic>& out) {
  if (!date || date->value <= context.today) return;
  out.push_back(make_diagnostic(
      record, date->loc, "date-in-future",
      i18n::tr("check.date-in-future", fmt::arg("field", field),
               fmt::arg("date", message_date(date->value)),
               fmt::arg("today", message_date(context.today))),
      i18n::tr("check.date-in-future.hint")));
}

}  // namespace

void date_in_future(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  for (const Organisation& org : store.organisations) {
    for (const Contribution& c : org.contributions) {
      report_if_future(org.header, "paid", c.paid, context, out);
    }
    for (const Strategy& s : org.strategies) {
      report_if_future(org.header, "input-sent", s.input_sent, context, out);
    }
  }
  for (const Meeting& m : store.meetings) {
    for (const MeetingDeadline& d : m.deadlines) {
      report_if_future(m.header, "done", d.done, context, out);
    }
    if (m.report) report_if_future(m.header, "done", m.report->done, context, out);
  }
  for (const Prospect& p : store.prospects) {
    report_if_future(p.header, "last-contact", p.last_contact, context, out);
    report_if_future(p.header, "stage-since", p.stage_since, context, out);
    for (const HistoryEntry& h : p.history) report_if_future(p.header, "date", h.date, context, out);
  }
}

void report_before_meeting(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Meeting& m : store.meetings) {
    auto last = m.last_day();
    if (!m.report || !last || !m.start) continue;
    const MissionReport& report = *m.report;
    if (report.due && report.due->value < *last) {
      out.push_back(make_diagnostic(
          m.header, report.due->loc, "report-before-meeting",
          i18n::tr("check.report-due-before-end", fmt::arg("due", message_date(report.due->value)),
                   fmt::arg("last", message_date(*last))),
          i18n::tr("check.report-due-before-end.hint")));
    }
    if (report.done && report.done->value < m.start->value) {
      out.push_back(make_diagnostic(
          m.header, report.done->loc, "report-before-meeting",
          i18n::tr("check.report-done-before-start",
                   fmt::arg("done", message_date(report.done->value)),
                   fmt::arg("start", message_date(m.start->value))),
          i18n::tr("check.report-done-before-start.hint")));
    }
  }
}

void meeting_far_ahead(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  Date limit = add_duration(context.today, Duration{kFarAheadYears, DurationUnit::Years});
  for (const Meeting& m : store.meetings) {
    if (!m.start || m.start->value <= limit) continue;
    out.push_back(make_diagnostic(
        m.header, m.start->loc, "meeting-far-ahead",
        i18n::tr("check.meeting-far-ahead", fmt::arg("date", message_date(m.start->value)),
                 fmt::arg("years", kFarAheadYears)),
        i18n::tr("check.meeting-far-ahead.hint")));
  }
}

// A recurring due counts every occurrence since its first as owed: a first one dated decades too
// early is a typo that lists decades of arrears, and costs every command that expands it.
void recurrence_too_early(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Organisation& org : store.organisations) {
    std::optional<Date> since = status_known_since(org);
    Duration margin{-kDuesBeforeStatusYears, DurationUnit::Years};
    Date limit = since ? add_duration(*since, margin) : kFirstMemberships;
    for (const Contribution& c : org.contributions) {
      if (!c.due || !c.recurs || c.recurs->months == 0 || c.due->value >= limit) continue;
      std::string start = message_date(c.due->value);
      out.push_back(make_diagnostic(
          org.header, c.due->loc, "recurrence-too-early",
          since ? i18n::tr("check.recurrence-before-status", fmt::arg("date", start),
                           fmt::arg("since", message_date(*since)))
                : i18n::tr("check.recurrence-before-1946", fmt::arg("date", start)),
          i18n::tr("check.recurrence-too-early.hint")));
    }
  }
}

void amount_fraction(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Organisation& org : store.organisations) {
    for (const Contribution& c : org.contributions) report_if_fraction(org.header, c.money, out);
  }
  for (const Prospect& p : store.prospects) {
    if (p.value) report_if_fraction(p.header, *p.value, out);
  }
}

}  // namespace multilat::rules
