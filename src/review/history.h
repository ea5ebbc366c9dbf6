// The commits of a period, read from git, each with the record changes it made: what
// `multilat changes` shows and what `multilat mail --changes` adds to the digest.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/date.h"
#include "review/story.h"

namespace multilat {

struct History {
  // Oldest first, each with the changes it made against its first parent.
  std::vector<std::pair<CommitLine, std::vector<RecordChange>>> commits;
  // The first day of the period, when `since` named one ("7d", "2026-11-01"); nothing when it
  // named a revision, whose own commit is left out.
  std::optional<Date> since_day;
  // Nothing committed yet (a new repository): no history to tell, which is no error.
  bool unborn = false;
};

// Who asks for the history, for its messages: the option that gave `since` ("--since",
// "--changes") and what the user ran, which needs git ("changes", "mail --changes").
struct HistoryAsker {
  std::string_view since_option, command;
};

// Where the period starts: a day, from a span back from today ("7d") or a date, or else a
// revision, whose own commit is left out. A text shaped as a date that the calendar does not
// have ("2026-13-45") is neither: it throws git::GitError saying so, not "unknown revision".
struct PeriodStart {
  std::optional<Date> day;
  std::string rev;
};
PeriodStart period_start(const std::string& since, Date today, std::string_view since_option);

// The first-parent history of HEAD since `since` (7d, 2w, 2026-11-01, or a revision), at most
// `max_commits` commits, for the records under `records_root`. Throws git::GitError with the
// reason in the reader's words (not a repository, an unknown revision...).
History read_history(const std::filesystem::path& records_root, const std::string& display_root,
                     const std::string& since, Date today, std::size_t max_commits,
                     const HistoryAsker& asker);

}  // namespace multilat
