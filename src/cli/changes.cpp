// `multilat changes --since 7d|DATE|REV`: the story of the records over a period, read from the
// history: for each record, which commits changed it, by whom, and what they changed.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/output_target.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "git/records_at.h"
#include "git/versions.h"
#include "i18n/tr.h"
#include "render/calendar_labels.h"
#include "render/changes_render.h"

namespace multilat::cli {
namespace {

using i18n::tr;

struct ChangesOptions {
  std::string since = "7d";
  std::size_t max_commits = 1000;
  OutputTarget output;
};

// The day a commit was made, in its committer's time zone.
Date commit_day(const git::CommitInfo& c) {
  using namespace std::chrono;
  sys_days day = floor<days>(sys_seconds{seconds{c.time + c.offset_minutes * 60LL}});
  return Date{day};
}

// Where the period starts: a day (7d, 2w, 2026-11-01) or a revision (its commits excluded).
struct Since {
  std::optional<Date> day;
  std::string rev;
};

Since parse_since(const std::string& text, Date today) {
  if (auto duration = parse_duration(text)) {
    Duration back = *duration;
    back.count = -back.count;
    return {add_duration(today, back), ""};
  }
  if (auto day = parse_date(text)) return {*day, ""};
  return {std::nullopt, text};
}

int run_changes(const GlobalOptions& global, const ChangesOptions& o) {
  std::string format = resolve_format(o.output, {"text", "md", "json"}, "text");
  RecordsSession session;  // only the root, language and today: the records come from git
  session.root = find_records_root(global);
  i18n::set_language(resolve_language(global.lang, &session.root.path));
  Date today = resolve_today(global, Settings{});
  std::vector<std::pair<CommitLine, std::vector<RecordChange>>> commits;
  std::string since_shown = o.since;
  try {
    git::Repository repo = git::Repository::discover(session.root.path);
    std::string folder = git::folder_in_repository(repo, session.root.path);
    if (repo.is_empty()) throw git::GitError(tr("git.empty", fmt::arg("rev", "HEAD")));
    Since since = parse_since(o.since, today);
    // JSON says the day as a machine reads it; the others as the reader does.
    if (since.day) since_shown = format == "json" ? format_date(*since.day) : long_date(*since.day, i18n::language());
    std::optional<git::CommitInfo> stop;
    if (!since.rev.empty()) stop = repo.commit(since.rev);
    for (const git::CommitInfo& c : repo.history("HEAD", o.max_commits)) {
      if (stop && git_oid_equal(&c.id, &stop->id)) break;
      if (since.day && commit_day(c) < *since.day) break;
      std::string parent = c.parents == 0 ? "" : c.hex + "^1";
      git::End from{git::End::Kind::Revision, parent}, to{git::End::Kind::Revision, c.hex};
      auto files = git::changed_files(repo, folder, session.root.path, session.root.display, from, to,
                                      Settings{}.max_file_size);
      CommitLine line{c.short_id, c.author, format_date(commit_day(c)), c.summary, c.parents > 1};
      commits.emplace_back(line, describe_changes(files, i18n::language()));
    }
  } catch (const git::GitError& e) {
    throw UsageError(e.what());
  }
  std::reverse(commits.begin(), commits.end());  // oldest first
  StoryPeriod period{since_shown, commits.size()};
  std::vector<RecordStory> stories = tell_stories(commits);
  std::ostringstream out;
  if (format == "json") {
    render_changes_json(out, stories, period);
  } else if (format == "md") {
    render_changes_markdown(out, stories, period);
  } else {
    render_changes_text(out, stories, period);
  }
  emit_output(o.output, out.str());
  return 0;
}

}  // namespace

void add_changes_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<ChangesOptions>();
  CLI::App* cmd = app.add_subcommand("changes", tr("help.changes"));
  cmd->add_option("--since", o->since, tr("help.changes.since"))->option_text("7d|DATE|REV");
  cmd->add_option("--format", o->output.format, tr("help.format"))
      ->check(one_of({"text", "md", "json"}))
      ->option_text("text|md|json");
  cmd->add_option("-o,--output", o->output.file, tr("help.report.output"))->option_text("FILE");
  cmd->add_flag("--force", o->output.force, tr("help.report.force"));
  cmd->footer(tr("help.changes.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_changes(global, *o); });
}

}  // namespace multilat::cli
