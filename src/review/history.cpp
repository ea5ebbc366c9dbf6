#include "review/history.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "git/git_source.h"
#include "git/versions.h"
#include "i18n/tr.h"
#include "model/settings.h"
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

}  // namespace

History read_history(const std::filesystem::path& records_root, const std::string& display_root,
                     const std::string& since, Date today, std::size_t max_commits) {
  History history;
  std::string since_rev;
  if (auto duration = parse_duration(since)) {
    Duration back = *duration;
    back.count = -back.count;
    history.since_day = add_duration(today, back);
  } else if (auto day = parse_date(since)) {
    history.since_day = *day;
  } else {
    since_rev = since;
  }
  git::Repository repo = git::Repository::discover(records_root);
  std::string folder = git::folder_in_repository(repo, records_root);
  if (repo.is_empty()) throw git::GitError(i18n::tr("git.empty", fmt::arg("rev", "HEAD")));
  std::optional<git::CommitInfo> stop;
  if (!since_rev.empty()) stop = repo.commit(since_rev);
  bool cut = false;
  std::vector<git::CommitInfo> commits = repo.history("HEAD", max_commits, &cut);
  bool reached_start = false;
  for (const git::CommitInfo& c : commits) {
    if ((stop && git_oid_equal(&c.id, &stop->id)) || (history.since_day && commit_day(c) < *history.since_day)) {
      reached_start = true;
      break;
    }
    // A shallow clone's edge inside the period: what came before it is not here, and saying
    // "no change" over it would be a lie.
    if (!c.first_parent_present) throw history_cut(c, since);
    std::string parent = c.parents == 0 ? "" : c.hex + "^1";
    git::End from{git::End::Kind::Revision, parent, ""}, to{git::End::Kind::Revision, c.hex, ""};
    auto files = git::changed_files(repo, folder, records_root, display_root, from, to,
                                    Settings{}.max_file_size);
    CommitLine line{c.short_id, c.author, format_date(commit_day(c)), c.summary, c.parents > 1};
    history.commits.emplace_back(line, describe_changes(files, i18n::language()));
  }
  if (cut && !reached_start) throw history_cut(commits.back(), since);
  std::reverse(history.commits.begin(), history.commits.end());
  return history;
}

}  // namespace multilat
