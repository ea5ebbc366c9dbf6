// `multilat deadlines`: what is due, what is overdue, and who owns it.
#include "calendar/deadlines.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <iostream>
#include <set>
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
  std::vector<std::string> organisations, owners, meetings, prospects, kinds, tags, states, people;
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
    throw UsageError(i18n::tr("cli.within-or-period"));
  }
  Date from = o.from.empty() ? today : parse_date_option(o.from, "--from");
  Duration horizon = settings.horizon;
  if (!o.within.empty()) {
    auto parsed = parse_duration(o.within);
    if (!parsed)
      throw UsageError(i18n::tr("cli.not-a-duration", fmt::arg("option", "--within"),
                                fmt::arg("value", o.within)));
    horizon = *parsed;
  }
  Date to = o.to.empty() ? add_duration(from, horizon) : parse_date_option(o.to, "--to");
  if (to < from) throw UsageError(i18n::tr("cli.to-before-from"));
  return {from, to};
}

std::vector<DeadlineSource> parse_kinds(const std::vector<std::string>& names) {
  std::vector<DeadlineSource> sources;
  for (const std::string& name : names) {
    auto source = source_from_name(name);
    if (!source) {
      auto known = source_names();
      auto guess = did_you_mean(name, known);
      throw UsageError(guess ? i18n::tr("cli.no-kind-guess", fmt::arg("kind", name),
                                        fmt::arg("guess", *guess))
                             : i18n::tr("cli.no-kind", fmt::arg("kind", name),
                                        fmt::arg("kinds", fmt::format("{}", fmt::join(known, ", ")))));
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

// A tag no record carries can only give an empty list, which would look reassuring.
void check_tags(const Store& store, const std::vector<std::string>& tags) {
  std::set<std::string> known;
  for (const RecordHeader* header : store.headers()) {
    for (const Str& tag : header->tags) known.insert(tag.str());
  }
  for (const std::string& tag : tags) {
    if (known.count(tag)) continue;
    auto guess = did_you_mean(tag, std::vector<std::string>(known.begin(), known.end()));
    throw UsageError(guess ? i18n::tr("cli.no-tag-guess", fmt::arg("tag", tag),
                                      fmt::arg("guess", *guess))
                           : i18n::tr("cli.no-tag", fmt::arg("tag", tag)));
  }
}

// Options that together exclude every item: say so rather than print an empty list.
void check_contradictions(const DeadlinesOptions& o) {
  bool only_overdue = !o.states.empty() &&
                      std::all_of(o.states.begin(), o.states.end(),
                                  [](const std::string& s) { return s == "overdue"; });
  if (only_overdue && o.no_overdue) throw UsageError(i18n::tr("cli.overdue-and-no-overdue"));
}

DeadlineQuery build_query(const DeadlinesOptions& o, const Store& store, Date from, Date to) {
  check_contradictions(o);
  check_tags(store, o.tags);
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
  if (!o.people.empty()) {
    PersonLinks people = person_option(store, o.people);
    std::erase_if(items, [&](const Deadline& d) { return !concerns(people, d); });
  }
  int incomplete = warn_if_incomplete(session, o.strict);
  CalendarView view{language,
                    session.today,
                    from,
                    to,
                    o.output.file.empty() && use_color(global, 1),
                    table_width(o.width, o.output.file.empty()),
                    o.verbose,
                    grouping(o.group),
                    !global.today.empty()};
  emit_output(o.output, render(format, items, view));
  bool overdue = std::any_of(items.begin(), items.end(),
                             [](const Deadline& d) { return d.state == DeadlineState::Overdue; });
  return o.fail_if_overdue && overdue ? 1 : incomplete;
}

void add_filters(CLI::App* cmd, DeadlinesOptions& o) {
  cmd->add_option("--org", o.organisations, i18n::tr("help.deadlines.org"))->option_text("ID");
  cmd->add_option("--entity", o.owners, i18n::tr("help.deadlines.entity"))
      ->option_text("ID");
  cmd->add_option("--meeting", o.meetings, i18n::tr("help.deadlines.meeting"))->option_text("ID");
  cmd->add_option("--prospect", o.prospects, i18n::tr("help.deadlines.prospect"))->option_text("ID");
  cmd->add_option("--kind", o.kinds,
                  i18n::tr("help.deadlines.kind",
                           fmt::arg("kinds", fmt::format("{}", fmt::join(source_names(), ", ")))))
      ->option_text("KIND");
  cmd->add_option("--person", o.people, i18n::tr("help.deadlines.person"))->option_text("NAME");
  cmd->add_option("--tag", o.tags, i18n::tr("help.deadlines.tag"))->option_text("TAG");
  cmd->add_option("--state", o.states, i18n::tr("help.deadlines.state"))
      ->check(one_of({"open", "overdue", "done", "all"}))
      ->option_text("STATE");
}

}  // namespace

void add_deadlines_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<DeadlinesOptions>();
  CLI::App* cmd = app.add_subcommand("deadlines", i18n::tr("help.deadlines"));
  cmd->add_option("--within", o->within,
                  i18n::tr("help.deadlines.within"))
      ->option_text("DURATION");
  cmd->add_option("--from", o->from, i18n::tr("help.deadlines.from"))->option_text("DATE");
  cmd->add_option("--to", o->to, i18n::tr("help.deadlines.to"))->option_text("DATE");
  cmd->add_flag("--no-overdue", o->no_overdue, i18n::tr("help.deadlines.no-overdue"));
  add_filters(cmd, *o);
  cmd->add_option("--group", o->group, i18n::tr("help.deadlines.group"))
      ->check(one_of({"urgency", "week", "owner", "org"}));
  cmd->add_option("--format", o->output.format, i18n::tr("help.calendar.format"))
      ->check(one_of(kFormats));
  cmd->add_option("-o,--output", o->output.file, i18n::tr("help.calendar.output"))
      ->option_text("FILE");
  cmd->add_flag("--force", o->output.force, i18n::tr("help.calendar.force"));
  cmd->add_flag("-v,--verbose", o->verbose, i18n::tr("help.deadlines.verbose"));
  cmd->add_flag("--strict", o->strict, i18n::tr("help.strict"));
  cmd->add_option("--width", o->width, i18n::tr("help.width"))->option_text("N");
  cmd->add_flag("--fail-if-overdue", o->fail_if_overdue, i18n::tr("help.deadlines.fail-if-overdue"));
  cmd->footer(i18n::tr("help.deadlines.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_deadlines(global, *o); });
}

}  // namespace multilat::cli
