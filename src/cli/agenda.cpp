// `multilat agenda`: the meetings of a period, who goes, and who is booked twice.
#include "calendar/agenda.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

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

struct AgendaOptions {
  int year = 0;  // 0: not given
  std::string from, to;
  std::vector<std::string> organisations, entities, people;
  bool verbose = false;
  bool fail_if_clash = false;
  bool strict = false;
  std::size_t width = 0;  // --width; 0: the terminal's, or no limit off a terminal
  OutputTarget output;
};

Date year_day(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

// --year, or --from and --to together, else the whole of today's year.
std::pair<Date, Date> period(const AgendaOptions& o, Date today) {
  bool dates = !o.from.empty() || !o.to.empty();
  if (o.year != 0 && dates) throw UsageError(i18n::tr("cli.year-or-period"));
  if (dates && (o.from.empty() || o.to.empty())) {
    throw UsageError(i18n::tr("cli.from-to-together"));
  }
  if (!dates) {
    int year = o.year != 0 ? o.year : static_cast<int>(today.year());
    return {year_day(year, 1, 1), year_day(year, 12, 31)};
  }
  Date from = parse_date_option(o.from, "--from");
  Date to = parse_date_option(o.to, "--to");
  if (to < from) throw UsageError(i18n::tr("cli.to-before-from"));
  return {from, to};
}

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Keeps the meetings of the organisations asked for, with one of the people and one of the
// entities asked for in the delegation; an empty filter keeps everything.
void filter(std::vector<AgendaEntry>& entries, const AgendaOptions& o, const PersonLinks& people) {
  std::erase_if(entries, [&](const AgendaEntry& e) {
    if (!o.organisations.empty() && !contains(o.organisations, e.organisation)) return true;
    if (!o.people.empty() && !concerns(people, e)) return true;
    if (o.entities.empty()) return false;
    return std::none_of(e.delegation.begin(), e.delegation.end(),
                        [&](const Delegate& d) { return contains(o.entities, d.entity.value); });
  });
}

int run_agenda(const GlobalOptions& global, const AgendaOptions& o) {
  std::string format = resolve_format(o.output, agenda_formats());
  RecordsSession session = open_records(global);
  const Store& store = session.loaded.store;
  auto [from, to] = period(o, session.today);
  check_ids(store, o.organisations, Kind::Organisation, "--org");
  check_ids(store, o.entities, Kind::Entity, "--entity");
  PersonLinks people = person_option(store, o.people);
  std::vector<AgendaEntry> items = agenda_entries(listable_store(session), from, to);
  filter(items, o, people);
  int incomplete = warn_if_incomplete(session, o.strict);
  CalendarView view;
  view.language = i18n::language();
  view.today = session.today;
  view.from = from;
  view.to = to;
  view.color = o.output.file.empty() && use_color(global, 1);  // never colour in a file
  view.width = table_width(o.width, o.output.file.empty());
  view.verbose = o.verbose;
  view.revision = global.as_of;
  emit_output(o.output, agenda_formats().render(format, items, view));
  bool clash = std::any_of(items.begin(), items.end(),
                           [](const AgendaEntry& e) { return !e.clashes.empty(); });
  return o.fail_if_clash && clash ? 1 : incomplete;
}

}  // namespace

void add_agenda_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<AgendaOptions>();
  CLI::App* cmd = app.add_subcommand("agenda", i18n::tr("help.agenda"));
  cmd->add_option("--year", o->year, i18n::tr("help.agenda.year"))
      ->check(in_range(1, 9999))
      ->option_text("YYYY");
  cmd->add_option("--from", o->from, i18n::tr("help.agenda.from"))->option_text("DATE");
  cmd->add_option("--to", o->to, i18n::tr("help.agenda.to"))->option_text("DATE");
  cmd->add_option("--org", o->organisations, i18n::tr("help.agenda.org"))
      ->option_text("ID");
  cmd->add_option("--entity", o->entities, i18n::tr("help.agenda.entity"))
      ->option_text("ID");
  cmd->add_option("--person", o->people, i18n::tr("help.agenda.person"))->option_text("NAME");
  cmd->add_option("--format", o->output.format, i18n::tr("help.calendar.format"))
      ->check(one_of(agenda_formats().names()));
  cmd->add_option("-o,--output", o->output.file, i18n::tr("help.calendar.output"))
      ->option_text("FILE");
  cmd->add_flag("--force", o->output.force, i18n::tr("help.calendar.force"));
  cmd->add_flag("-v,--verbose", o->verbose, i18n::tr("help.agenda.verbose"));
  cmd->add_flag("--strict", o->strict, i18n::tr("help.strict"));
  add_width_option(*cmd, o->width);
  cmd->add_flag("--fail-if-clash", o->fail_if_clash,
                i18n::tr("help.agenda.fail-if-clash"));
  cmd->footer(i18n::tr("help.agenda.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_agenda(global, *o); });
}

}  // namespace multilat::cli
