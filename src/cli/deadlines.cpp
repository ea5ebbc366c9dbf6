// `multilat deadlines`: what is due, what is overdue, and who owns it.
#include "calendar/deadlines.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "cli/deadline_filters.h"
#include "cli/occurrence_cut.h"
#include "cli/parse_errors.h"
#include "i18n/calendar_words.h"
#include "i18n/tr.h"
#include "cli/output_target.h"
#include "cli/records_session.h"
#include "cli/terminal_width.h"
#include "render/calendar_render.h"

namespace multilat::cli {
namespace {

struct DeadlinesOptions {
  DeadlineFilters filters;
  std::string group = "urgency";
  bool verbose = false;
  bool fail_if_overdue = false;
  bool strict = false;
  std::size_t width = 0;  // --width; 0: the terminal's, or no limit off a terminal
  OutputTarget output;
};

DeadlineGrouping grouping(const std::string& name) {
  if (name == "week") return DeadlineGrouping::Week;
  if (name == "owner") return DeadlineGrouping::Owner;
  if (name == "org") return DeadlineGrouping::Organisation;
  return DeadlineGrouping::Urgency;
}

// How far back the hint below looks for done items: far enough for a desk's history, and a bound
// on the dues it computes.
constexpr int kDoneLookBackDays = 3660;

// The items done before the window that the same filters select, the earliest first.
std::vector<Deadline> done_before(const RecordsSession& session, const DeadlinesOptions& o, Date from, Date to) {
  const Store& store = session.loaded.store;
  Date earliest = add_days(from, -kDoneLookBackDays);
  DeadlineQuery query = deadline_query(o.filters, store, earliest, to);
  auto collected = collect_deadlines(listable_store(session),
                                     {session.today, to, HolidayCalendar(store.settings.holidays), i18n::language(), earliest});
  std::vector<Deadline> done;
  for (Deadline& d : select_filtered(collected.all, query, o.filters, store)) {
    if (d.state == DeadlineState::Done && d.due < from) done.push_back(std::move(d));
  }
  std::sort(done.begin(), done.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
  return done;
}

// The options that bring the done items into the window: from the first of them, and up to today
// unless the window's end was given.
std::string options_to_find(const DeadlinesOptions& o, Date first, Date today) {
  std::string options = "--from " + format_date(first);
  if (!o.filters.to.empty()) return options;
  options += " --to " + format_date(today);
  // --within goes with neither --from nor --to: the options replace it.
  return o.filters.within.empty() ? options : i18n::tr("cal.hint.instead-of-within", fmt::arg("options", options));
}

// `--state done` with no --from looks from today on, where nothing is done yet: an empty list
// says where the done items are, as a command that finds them.
void hint_done_before_window(const RecordsSession& session, const DeadlinesOptions& o, Date from, Date to) {
  bool asks_done = std::find(o.filters.states.begin(), o.filters.states.end(), "done") != o.filters.states.end();
  if (!asks_done || !o.filters.from.empty()) return;
  std::vector<Deadline> done = done_before(session, o, from, to);
  if (done.empty()) return;
  std::cerr << "multilat: "
            << i18n::trn("cal.hint.done-before-window", done.size(), fmt::arg("from", full_date(from, i18n::language())),
                         fmt::arg("options", options_to_find(o, done.front().due, session.today)))
            << '\n';
}

int run_deadlines(const GlobalOptions& global, const DeadlinesOptions& o) {
  std::string format = resolve_format(o.output, deadlines_formats());
  RecordsSession session = open_records(global);
  const Store& store = session.loaded.store;
  auto [from, to] = deadline_window(o.filters, session.today, store.settings);
  DeadlineQuery query = deadline_query(o.filters, store, from, to);
  HolidayCalendar holidays(store.settings.holidays);
  Language language = i18n::language();
  auto collected =
      collect_deadlines(listable_store(session), {session.today, to, holidays, language, from});
  auto items = select_filtered(collected.all, query, o.filters, store);
  int incomplete = std::max(warn_if_incomplete(session, o.strict),
                            warn_if_cut(collected.cut, query));
  CalendarView view{language,
                    session.today,
                    from,
                    to,
                    o.output.file.empty() && use_color(global, 1),
                    table_width(o.width, o.output.file.empty()),
                    o.verbose,
                    grouping(o.group),
                    !global.today.empty(),
                    global.as_of};
  emit_output(o.output, deadlines_formats().render(format, items, view));
  if (items.empty()) hint_done_before_window(session, o, from, to);
  bool overdue = std::any_of(items.begin(), items.end(),
                             [](const Deadline& d) { return d.state == DeadlineState::Overdue; });
  return o.fail_if_overdue && overdue ? 1 : incomplete;
}

}  // namespace

void add_deadlines_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<DeadlinesOptions>();
  CLI::App* cmd = app.add_subcommand("deadlines", i18n::tr("help.deadlines"));
  add_deadline_filters(cmd, o->filters);
  cmd->add_option("--group", o->group, i18n::tr("help.deadlines.group"))
      ->check(one_of({"urgency", "week", "owner", "org"}));
  cmd->add_option("--format", o->output.format, i18n::tr("help.calendar.format"))
      ->check(one_of(deadlines_formats().names()));
  cmd->add_option("-o,--output", o->output.file, i18n::tr("help.calendar.output"))
      ->option_text("FILE");
  cmd->add_flag("--force", o->output.force, i18n::tr("help.calendar.force"));
  cmd->add_flag("-v,--verbose", o->verbose, i18n::tr("help.deadlines.verbose"));
  cmd->add_flag("--strict", o->strict, i18n::tr("help.strict"));
  add_width_option(*cmd, o->width);
  cmd->add_flag("--fail-if-overdue", o->fail_if_overdue, i18n::tr("help.deadlines.fail-if-overdue"));
  cmd->footer(i18n::tr("help.deadlines.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_deadlines(global, *o); });
}

}  // namespace multilat::cli
