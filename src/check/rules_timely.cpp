// Rules that depend on today's date: what is late, stale or not yet recorded.
#include <fmt/format.h>

#include "check/rule_functions.h"
#include "i18n/tr.h"

namespace multilat::rules {
namespace {

enum class TaskKind { Action, FollowUp };

std::string overdue_message(TaskKind kind, Date due, int late) {
  auto n = static_cast<std::size_t>(late);
  std::string date = message_date(due);
  return kind == TaskKind::Action
             ? i18n::trn("check.task-overdue.action", n, fmt::arg("date", date))
             : i18n::trn("check.task-overdue.follow-up", n, fmt::arg("date", date));
}

void check_tasks(const RecordHeader& record, const std::vector<Task>& tasks, TaskKind kind,
                 const Context& context, std::vector<Diagnostic>& out) {
  for (const Task& task : tasks) {
    if (task.status != "open" || !task.due || task.due->value >= context.today) continue;
    int late = days_between(task.due->value, context.today);
    out.push_back(make_diagnostic(record, task.due->loc, "task-overdue",
                                  overdue_message(kind, task.due->value, late),
                                  i18n::tr("check.task-overdue.hint")));
  }
}

}  // namespace

void task_overdue(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  for (const Organisation& org : store.organisations) {
    check_tasks(org.header, org.actions, TaskKind::Action, context, out);
  }
  for (const Meeting& m : store.meetings) {
    check_tasks(m.header, m.follow_up, TaskKind::FollowUp, context, out);
  }
}

void meeting_not_held(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  for (const Meeting& m : store.meetings) {
    auto last = m.last_day();
    Str status = m.status.value;
    if (!last || *last >= context.today || (status != "planned" && status != "confirmed")) continue;
    out.push_back(
        make_diagnostic(m.header, m.status.loc, "meeting-not-held",
                        i18n::tr("check.meeting-not-held", fmt::arg("date", message_date(*last)),
                                 fmt::arg("status", status)),
                        i18n::tr("check.meeting-not-held.hint")));
  }
}

void meeting_no_outcome(const Store& store, const Context&, std::vector<Diagnostic>& out) {
  for (const Meeting& m : store.meetings) {
    if (m.status.value != "held" || !m.outcomes.empty()) continue;
    out.push_back(make_diagnostic(m.header, m.status.loc, "meeting-no-outcome",
                                  i18n::tr("check.meeting-no-outcome"),
                                  i18n::tr("check.meeting-no-outcome.hint")));
  }
}

void prospect_stale(const Store& store, const Context& context, std::vector<Diagnostic>& out) {
  int limit = approximate_days(store.settings.prospect_stale_after);
  for (const Prospect& p : store.prospects) {
    if (!p.last_contact || !is_open_stage(p.stage.value)) continue;
    int days = days_between(p.last_contact->value, context.today);
    if (days <= limit) continue;
    out.push_back(make_diagnostic(
        p.header, p.last_contact->loc, "prospect-stale",
        i18n::trn("check.prospect-stale", static_cast<std::size_t>(days), fmt::arg("limit", limit)),
        i18n::tr("check.prospect-stale.hint")));
  }
}

}  // namespace multilat::rules
