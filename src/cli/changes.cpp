// `multilat changes --since 7d|DATE|REV`: the story of the records over a period, read from the
// history: for each record, which commits changed it, by whom, and what they changed.
#include <fmt/format.h>

#include <iostream>

#include "cli/commands.h"
#include "cli/output_target.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "git/repository.h"
#include "i18n/tr.h"
#include "i18n/calendar_words.h"
#include "render/changes_render.h"
#include "review/history.h"

namespace multilat::cli {
namespace {

using i18n::tr;

struct ChangesOptions {
  std::string since = "7d";
  std::size_t max_commits = 1000;
  OutputTarget output;
};

int run_changes(const GlobalOptions& global, const ChangesOptions& o) {
  std::string format = resolve_format(o.output, changes_formats());
  RecordsSession session;  // only the root, language and today: the records come from git
  session.root = find_records_root(global);
  i18n::set_language(resolve_language(global.lang, &session.root.path));
  Date today = resolve_today(global, Settings{});
  History history;
  try {
    history = read_history(session.root.path, session.root.display, o.since, today, o.max_commits,
                           {"--since", "changes"});
  } catch (const git::GitError& e) {
    throw UsageError(e.what());
  }
  // JSON says the day as a machine reads it; the others as the reader does.
  std::string since_shown = o.since;
  if (history.since_day) {
    since_shown = format == "json" ? format_date(*history.since_day) : full_date(*history.since_day, i18n::language());
  }
  const auto& commits = history.commits;
  StoryPeriod period{since_shown, commits.size(), history.unborn};
  std::vector<RecordStory> stories = tell_stories(commits);
  bool color = o.output.file.empty() && use_color(global, 1);
  emit_output(o.output, changes_formats().render(format, {stories, period, color}));
  return 0;
}

}  // namespace

void add_changes_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<ChangesOptions>();
  CLI::App* cmd = app.add_subcommand("changes", tr("help.changes"));
  cmd->add_option("--since", o->since, tr("help.changes.since"))->option_text("7d|DATE|REV");
  cmd->add_option("--format", o->output.format, tr("help.format"))
      ->check(one_of(changes_formats().names()))
      ->option_text(changes_formats().choices());
  cmd->add_option("-o,--output", o->output.file, tr("help.report.output"))->option_text("FILE");
  cmd->add_flag("--force", o->output.force, tr("help.report.force"));
  cmd->footer(tr("help.changes.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_changes(global, *o); });
}

}  // namespace multilat::cli
