// `multilat deadlines`: what is due, what is overdue, and who owns it.
#include "calendar/deadlines.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/parse_errors.h"
#include "i18n/tr.h"
#include "cli/output_target.h"
#include "cli/records_session.h"
#include "cli/terminal_width.h"
#include "render/calendar_render.h"
#include "util/did_you_mean.h"

namespace multilat::cli {
namespace {

struct DeadlinesOptions {
  std::string within, from, to;
  bool no_overdue = false;
  std::vector<std::string> organisations, owners, meetings, prospects, kinds, tags, states;
  std::string group = "urgency";
  bool verbose = false;
  bool fail_if_overdue = false;
  bool strict = false;
  std::size_t width = 0;  // --width; 0: the terminal's, or no limit off a terminal
  OutputTarget output;
};

const std::vector<std::string> kFormats = {"table", "md", "csv", "json", "ics"};

// --within, or --from/--to, or the settings' horizon from today.
std::pair<Date, Date> window(const DeadlinesOptions& o, Date today, const Settings& settings) {
  if (!o.within.empty() && (!o.from.empty() || !o.to.empty())) {
    throw UsageError("give --within, or --from and --to, not both");
  }
  Date from = o.from.empty() ? today : parse_date_option(o.from, "--from");
  Duration horizon = settings.horizon;
  if (!o.within.empty()) {
    auto parsed = parse_duration(o.within);
    if (!parsed)
      throw UsageError(
          fmt::format("--within '{}' is not a duration; write 30d, 6w or 2m", o.within));
    horizon = *parsed;
  }
  Date to = o.to.empty() ? add_duration(from, horizon) : parse_date_option(o.to, "--to");
  if (to < from) throw UsageError("--to is before --from");
  return {from, to};
}

std::vector<DeadlineSource> parse_kinds(const std::vector<std::string>& names) {
  std::vector<DeadlineSource> sources;
  for (const std::string& name : names) {
    auto source = source_from_name(name);
    if (!source) {
      auto known = source_names();
      auto guess = did_you_mean(name, known);
      throw UsageError(fmt::format("--kind: no kind '{}'; {}", name,
                                   guess ? fmt::format("did you mean '{}'?", *guess)
                                         : fmt::format("use one of: {}", fmt::join(known, ", "))));
    }
    sources.push_back(*source);
  }
  return sources;
}

std::vector<DeadlineState> parse_states(const std::vector<std::string>& names) {
  std::vector<DeadlineState> states;
  for (const std::string& name : names) {
    if (name == "all") return {DeadlineState::Open, DeadlineState::Overdue, DeadlineState::Done};
    if (name == "open") states.push_back(DeadlineState::Open);
    if (name == "overdue") states.push_back(DeadlineState::Overdue);
    if (name == "done") states.push_back(DeadlineState::Done);
  }
  return states;
}

DeadlineQuery build_query(const DeadlinesOptions& o, const Store& store, Date from, Date to) {
  check_ids(store, o.organisations, Kind::Organisation, "--org");
  check_ids(store, o.owners, Kind::Entity, "--entity");
  check_ids(store, o.meetings, Kind::Meeting, "--meeting");
  check_ids(store, o.prospects, Kind::Prospect, "--prospect");
  DeadlineQuery query;
  query.from = from;
  query.to = to;
  query.overdue = !o.no_overdue;
  query.organisations = o.organisations;
  query.owners = o.owners;
  query.meetings = o.meetings;
  query.prospects = o.prospects;
  query.tags = o.tags;
  query.sources = parse_kinds(o.kinds);
  query.states = parse_states(o.states);
  return query;
}

DeadlineGrouping grouping(const std::string& name) {
  if (name == "week") return DeadlineGrouping::Week;
  if (name == "owner") return DeadlineGrouping::Owner;
  if (name == "org") return DeadlineGrouping::Organisation;
  return DeadlineGrouping::Urgency;
}

std::string render(const std::string& format, const std::vector<Deadline>& items,
                   const CalendarView& view) {
  std::ostringstream out;
  if (format == "md")
    render_deadlines_markdown(out, items, view);
  else if (format == "csv")
    render_deadlines_csv(out, items, view);
  else if (format == "json")
    render_deadlines_json(out, items, view);
  else if (format == "ics")
    out << render_ics(items, {}, view);
  else
    render_deadlines_table(out, items, view);
  return out.str();
}

int run_deadlines(const GlobalOptions& global, const DeadlinesOptions& o) {
  std::string format = resolve_format(o.output, kFormats, "table");
  RecordsSession session = open_records(global);
  const Store& store = session.loaded.store;
  auto [from, to] = window(o, session.today, store.settings);
  DeadlineQuery query = build_query(o, store, from, to);
  HolidayCalendar holidays(store.settings.holidays);
  Language language = i18n::language();
  auto all = collect_deadlines(listable_store(session), {session.today, to, holidays, language});
  auto items = select_deadlines(all, query);
  int incomplete = warn_if_incomplete(session, o.strict);
  CalendarView view{language,
                    session.today,
                    from,
                    to,
                    o.output.file.empty() && use_color(global, 1),
                    table_width(o.width, o.output.file.empty()),
                    o.verbose,
                    grouping(o.group)};
  emit_output(o.output, render(format, items, view));
  bool overdue = std::any_of(items.begin(), items.end(),
                             [](const Deadline& d) { return d.state == DeadlineState::Overdue; });
  return o.fail_if_overdue && overdue ? 1 : incomplete;
}

void add_filters(CLI::App* cmd, DeadlinesOptions& o) {
  cmd->add_option("--org", o.organisations, "Only these organisations")->option_text("ID");
  cmd->add_option("--entity", o.owners, "Only deadlines owned by these entities")
      ->option_text("ID");
  cmd->add_option("--meeting", o.meetings, "Only these meetings")->option_text("ID");
  cmd->add_option("--prospect", o.prospects, "Only these prospects")->option_text("ID");
  cmd->add_option("--kind", o.kinds,
                  fmt::format("Only these kinds: {}", fmt::join(source_names(), ", ")))
      ->option_text("KIND");
  cmd->add_option("--tag", o.tags, "Only records with this tag")->option_text("TAG");
  cmd->add_option("--state", o.states, "open, overdue, done or all (default: open and overdue)")
      ->check(one_of({"open", "overdue", "done", "all"}))
      ->option_text("STATE");
}

}  // namespace

void add_deadlines_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<DeadlinesOptions>();
  CLI::App* cmd = app.add_subcommand("deadlines", "List what is due and what is overdue");
  cmd->add_option("--within", o->within,
                  "Window from today: 30d, 6w, 2m (default: settings horizon)")
      ->option_text("DURATION");
  cmd->add_option("--from", o->from, "Window start (default: today)")->option_text("DATE");
  cmd->add_option("--to", o->to, "Window end")->option_text("DATE");
  cmd->add_flag("--no-overdue", o->no_overdue, "Leave out overdue items before the window");
  add_filters(cmd, *o);
  cmd->add_option("--group", o->group, "urgency (default), week, owner or org")
      ->check(one_of({"urgency", "week", "owner", "org"}));
  cmd->add_option("--format", o->output.format, "table, md, csv, json or ics")
      ->check(one_of(kFormats));
  cmd->add_option("-o,--output", o->output.file, "Write to FILE; the format follows its extension")
      ->option_text("FILE");
  cmd->add_flag("--force", o->output.force, "Replace FILE if it exists");
  cmd->add_flag("-v,--verbose", o->verbose, "Show each item's source file:line");
  cmd->add_flag("--strict", o->strict, i18n::tr("help.strict"));
  cmd->add_option("--width", o->width, i18n::tr("help.width"))->option_text("N");
  cmd->add_flag("--fail-if-overdue", o->fail_if_overdue, "Exit 1 when anything is overdue");
  cmd->footer(
      "Examples:\n"
      "  multilat deadlines                         the coming 30 days, overdue first\n"
      "  multilat deadlines --within 6w --entity scrre\n"
      "  multilat deadlines --kind report --kind follow-up --group owner\n"
      "  multilat deadlines --from 2027-01-01 --to 2027-03-31 --no-overdue\n"
      "  multilat deadlines -o deadlines.ics --force   a calendar to subscribe to\n"
      "  multilat deadlines --format json | jq '.deadlines[].uid'\n"
      "  multilat --today 2027-10-01 deadlines      the list as it will look on 1 October");
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_deadlines(global, *o); });
}

}  // namespace multilat::cli
