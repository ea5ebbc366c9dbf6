#include "review/history.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "git/git_source.h"
#include "git/versions.h"
#include "i18n/tr.h"
#include "util/visible_text.h"

namespace multilat {
namespace {

// The day a commit was made, in its committer's time zone.
Date commit_day(const git::CommitInfo& c) {
  using namespace std::chrono;
  sys_days day = floor<days>(sys_seconds{seconds{c.time + c.offset_minutes * 60LL}});
  return Date{day};
}

git::GitError history_cut(const git::CommitInfo& c, const std::string& since) {
  return git::GitError(i18n::tr("git.history-cut", fmt::arg("commit", c.short_id),
                                fmt::arg("date", format_date(commit_day(c))),
                                fmt::arg("since", visible_text(since))));
}

bool before_period(const git::CommitInfo& c, const std::optional<git::CommitInfo>& stop,
                   const std::optional<Date>& since_day) {
  return (stop && git_oid_equal(&c.id, &stop->id)) || (since_day && commit_day(c) < *since_day);
}

// Where the records are: their repository, their folder in it, and their root as the command
// was given it and as it is shown.
struct RecordsPlace {
  const git::Repository& repo;
  std::string folder;
  const std::filesystem::path& root;
  const std::string& display_root;
};

// A commit as the history tells it: its line, and the changes it made against its first parent.
std::pair<CommitLine, std::vector<RecordChange>> commit_entry(const RecordsPlace& place,
                                                              const git::CommitInfo& c) {
  std::string parent = c.parents == 0 ? "" : c.hex + "^1";
  git::End from{git::End::Kind::Revision, parent, ""}, to{git::End::Kind::Revision, c.hex, ""};
  auto files = git::changed_files(place.repo, place.folder, place.root, place.display_root, from, to);
  CommitLine line{.id = c.short_id,
                  .hex = c.hex,
                  .author = c.author,
                  .date = format_date(commit_day(c)),
                  .summary = c.summary,
                  .merge = c.parents > 1};
  return {line, describe_changes(files, i18n::language())};
}

}  // namespace

PeriodStart period_start(const std::string& since, Date today, std::string_view since_option) {
  if (auto duration = parse_duration(since)) {
    Duration back = *duration;
    back.count = -back.count;
    return {add_duration(today, back), ""};
  }
  if (auto day = parse_date(since)) return {*day, ""};
  if (looks_like_iso_date(since)) {
    throw git::GitError(i18n::tr("cli.date-does-not-exist", fmt::arg("option", since_option),
                                 fmt::arg("date", visible_text(since))));
  }
  return {std::nullopt, since};
}

History read_history(const std::filesystem::path& records_root, const std::string& display_root,
                     const std::string& since, Date today, std::size_t max_commits,
                     const HistoryAsker& asker) {
  History history;
  PeriodStart start = period_start(since, today, asker.since_option);
  history.since_day = start.day;
  git::Repository repo = git::Repository::discover(records_root, asker.command);
  RecordsPlace place{repo, git::folder_in_repository(repo, records_root), records_root,
                     display_root};
  history.unborn = repo.is_empty();
  if (history.unborn) return history;
  std::optional<git::CommitInfo> stop;
  if (!start.rev.empty()) stop = repo.commit(start.rev);
  bool cut = false;
  std::vector<git::CommitInfo> commits = repo.history("HEAD", max_commits, &cut);
  bool reached_start = false;
  for (const git::CommitInfo& c : commits) {
    if (before_period(c, stop, history.since_day)) {
      reached_start = true;
      break;
    }
    // A shallow clone's edge inside the period: what came before it is not here, and saying
    // "no change" over it would be a lie.
    if (!c.first_parent_present) throw history_cut(c, since);
    history.commits.push_back(commit_entry(place, c));
  }
  if (cut && !reached_start) throw history_cut(commits.back(), since);
  std::reverse(history.commits.begin(), history.commits.end());
  return history;
}

}  // namespace multilat
