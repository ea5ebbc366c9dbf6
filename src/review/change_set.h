// The record-by-record story of a change: which records were added, removed, moved or renamed,
// which were invalid on one side, and what changed inside each, from the bytes of each file at
// both ends. Where the bytes come from (a revision, the index, the working tree) is not its
// business.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "load/file_versions.h"
#include "model/text.h"
#include "review/record_diff.h"

namespace multilat {

struct RecordChange {
  enum class Kind { Added, Removed, Modified, Moved };
  Kind kind = Kind::Modified;
  std::string old_path, new_path;
  std::string id, old_id;   // old_id differs when the file was renamed
  std::string record_kind;  // "meeting", "organisation", ... or "settings"; "" when not a record
  std::string title;        // the record's title or name in the language, if it has one
  std::string old_invalid, new_invalid;  // the first error on that side; empty when valid
  std::vector<FieldChange> fields;
};

// Changes sorted by path; files whose content means the same on both sides (a comment or
// spacing edit) are left out, since nothing in the records changed.
std::vector<RecordChange> describe_changes(const std::vector<FileVersions>& files,
                                           Language language);

}  // namespace multilat
