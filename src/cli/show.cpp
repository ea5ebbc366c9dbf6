// `multilat show ID`: one record, resolved: references with their names, what is derived from
// it, its deadlines, and every record that points to it.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "calendar/deadlines.h"
#include "calendar/holidays.h"
#include "cli/commands.h"
#include "cli/occurrence_cut.h"
#include "cli/output_target.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "i18n/tr.h"
#include "render/show_render.h"
#include "model/id_guess.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

using i18n::tr;

struct ShowOptions {
  std::string id;
  OutputTarget output;
};

RecordRef find_record(const RecordsSession& session, const std::string& id) {
  const Store& store = session.loaded.store;
  if (auto ref = store.find(id)) return *ref;
  // A file named `id` that gave no record (a YAML error, say): its first error is the reason the
  // id is missing, which "no record has that id" would hide.
  if (auto problem = why_left_out(session, id)) {
    throw UsageError(tr("show.unreadable", fmt::arg("id", visible_text(id)),
                        fmt::arg("where", diagnostic_place(*problem)),
                        fmt::arg("message", problem->message)));
  }
  auto guess = guess_any_id(store, id);
  throw UsageError(guess ? tr("show.unknown-guess", fmt::arg("id", visible_text(id)), fmt::arg("guess", *guess))
                         : tr("show.unknown", fmt::arg("id", visible_text(id))));
}

// A record read from a file with errors (a duplicate key, an alias) may not say what its file
// means: the first error is said, as a list says the records are incomplete.
void warn_of_errors(const RecordsSession& session, std::string_view path) {
  auto own = [path](const Diagnostic& d) { return d.severity == Severity::Error && d.path == path; };
  auto first = std::find_if(session.diagnostics.begin(), session.diagnostics.end(), own);
  auto count = static_cast<std::size_t>(std::count_if(session.diagnostics.begin(), session.diagnostics.end(), own));
  if (first != session.diagnostics.end()) {
    std::cerr << "multilat: "
              << i18n::trn("show.record-has-errors", count, fmt::arg("where", diagnostic_place(*first)),
                           fmt::arg("message", first->message))
              << '\n';
  }
  if (session.health.errors > count) warn_if_incomplete(session, false);  // what points to it
}

int run_show(const GlobalOptions& global, const ShowOptions& o) {
  std::string format = resolve_format(o.output, show_formats());
  RecordsSession session = open_records(global, o.id);
  const Store& store = session.loaded.store;
  RecordRef ref = find_record(session, o.id);
  HolidayCalendar holidays(store.settings.holidays);
  Date until = add_days(session.today, 366);
  auto collected = collect_deadlines(store, {session.today, until, holidays, i18n::language()});
  RecordDetail detail = describe_record(store, ref, session.today, collected.all);
  const yaml::Node* fields = record_tree(session, detail.path);
  ShowContext context{i18n::language(), session.today, [&](std::string_view id, Kind kind) -> std::optional<Text> {
                        auto found = store.find(id);
                        if (!found || found->kind != kind) return std::nullopt;
                        return display_name(store, *found);
                      }};
  // Only the dues of the record shown can be cut from what it shows.
  bool shows_dues = std::any_of(detail.deadlines.begin(), detail.deadlines.end(), [](const Deadline& d) {
    return d.source == DeadlineSource::Contribution;
  });
  int cut = shows_dues ? warn_if_cut(collected.cut, CutKeeps::Earliest) : 0;
  emit_output(o.output, show_formats().render(format, {detail, fields, context}));
  warn_of_errors(session, detail.path);
  return cut;
}

}  // namespace

void add_show_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* cmd = app.add_subcommand("show", tr("help.show"));
  cmd->add_option("id", o->id, tr("help.show.id"))->required()->option_text("ID");
  cmd->add_option("--format", o->output.format, tr("help.format"))
      ->check(one_of(show_formats().names()))
      ->option_text(show_formats().choices());
  cmd->add_option("-o,--output", o->output.file, tr("help.report.output"))->option_text("FILE");
  cmd->add_flag("--force", o->output.force, tr("help.report.force"));
  cmd->footer(tr("help.show.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_show(global, *o); });
}

}  // namespace multilat::cli
