// Rules that depend on today's date: what is late, stale or not yet recorded.
#include <fmt/format.h>

#include "check/rule_functions.h"

namespace multilat::rules {
namespace {

void check_tasks(const RecordHeader& record, const std::vector<Task>& tasks, std::string_view what,
                 const Context& context, std::vector<Diagnostic>& out) {
  for (const Task& task : tasks) {
    if (task.status != "open" || !task.due || task.due->value >= context.today) continue;
    int late = days_between(task.due->value, context.today);
    out.push_back(
        make_diagnostic(record, task.due->loc, "task-overdue",
                        fmt::format("open {} was due {} ({} day{} ago)", what,
                                    format_date(task.due->value), late, late == 1 ? "" : "s"),
                        "set status: done or dropped, or agree a new due date"));
  }
}

bool is_open_stage(std::string_view stage) {
  return stage != "signed" && stage != "declined" && stage != "dropped";
}

}  // namespace

void task_overdue(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  for (const Organisation& org : store.organisations) {
    check_tasks(org.header, org.actions, "action", context, out);
  }
  for (const Meeting& m : store.meetings) {
    check_tasks(m.header, m.follow_up, "follow-up", context, out);
  }
}

void meeting_not_held(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  for (const Meeting& m : store.meetings) {
    auto last = m.last_day();
    Str status = m.status.value;
    if (!last || *last >= context.today || (status != "planned" && status != "confirmed")) continue;
    out.push_back(make_diagnostic(
        m.header, m.status.loc, "meeting-not-held",
        fmt::format("the meeting ended on {} but is still {}", format_date(*last), status),
        "set status to held, cancelled or postponed"));
  }
}

void meeting_no_outcome(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Meeting& m : store.meetings) {
    if (m.status.value != "held" || !m.outcomes.empty()) continue;
    out.push_back(make_diagnostic(m.header, m.status.loc, "meeting-no-outcome",
                                  "the meeting was held but records no outcomes",
                                  "add what was decided under 'outcomes'"));
  }
}

void prospect_stale(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  int limit = approximate_days(store.settings.prospect_stale_after);
  for (const Prospect& p : store.prospects) {
    if (!p.last_contact || !is_open_stage(p.stage.value)) continue;
    int days = days_between(p.last_contact->value, context.today);
    if (days <= limit) continue;
    out.push_back(make_diagnostic(p.header, p.last_contact->loc, "prospect-stale",
                                  fmt::format("no contact for {} days (limit {})", days, limit),
                                  "record the last contact, or move the prospect to 'dropped'"));
  }
}

}  // namespace multilat::rules
