// The story of the records over a period: for each record, the commits that changed it, oldest
// first, with what each changed. A record renamed or moved keeps one story.
#pragma once

#include <string>
#include <vector>

#include "review/change_set.h"

namespace multilat {

struct CommitLine {
  std::string id;       // short hash
  std::string hex;      // the full one, for scripts
  std::string author;
  std::string date;     // YYYY-MM-DD, in the committer's time zone
  std::string summary;  // the message's first line
  bool merge = false;
};

struct Step {
  CommitLine commit;
  RecordChange change;
};

struct RecordStory {
  std::string path;  // the latest path
  std::string id, kind, title;
  std::vector<Step> steps;
  bool is_settings() const { return kind == "settings"; }
};

// `commits` oldest first, each with the record changes it made (against its first parent).
std::vector<RecordStory> tell_stories(const std::vector<std::pair<CommitLine, std::vector<RecordChange>>>& commits);

}  // namespace multilat
