// The record-by-record story of a change: which records were added, removed, moved or renamed,
// which were invalid on one side, and what changed inside each, from the bytes of each file at
// both ends. Where the bytes come from (a revision, the index, the working tree) is not its
// business.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/file_versions.h"
#include "model/text.h"
#include "review/key_facts.h"
#include "review/record_diff.h"

namespace multilat {

// What a change does to `check` for one file: the diagnostics it brings and those it clears.
struct Consequences {
  std::vector<Diagnostic> introduced;  // at the new end only, with the new end's locations
  std::vector<Diagnostic> removed;     // at the old end only, with the old end's locations
  bool empty() const { return introduced.empty() && removed.empty(); }
};

struct RecordChange {
  // Unmerged: in the index, a conflict of a merge not finished; neither side is read.
  enum class Kind { Added, Removed, Modified, Moved, Unmerged };
  Kind kind = Kind::Modified;
  std::string old_path, new_path;
  std::string id, old_id;   // old_id differs when the file was renamed
  std::string record_kind;  // "meeting", "organisation", ... or "settings"; "" when not a record
  std::string title;        // the record's title or name in the language, if it has one
  std::string old_invalid, new_invalid;  // the first error on that side; empty when valid
  std::vector<FieldChange> fields;
  // Modified, and both ends mean the same: only comments, spacing or key order changed.
  bool layout_only = false;
  std::vector<RecordFact> facts;  // an added or removed record's key facts
  Consequences check;             // filled by add_consequences (review/consequences.h)
  // The settings file (records/multilat.yaml): shown apart from the records, never counted
  // among them.
  bool is_settings() const { return record_kind == "settings"; }
};

// Changes sorted by path, the settings' last. A file whose content means the same on both sides (a comment or
// spacing edit) is kept, marked `layout_only`: the file changed, and `git diff` would say so.
std::vector<RecordChange> describe_changes(const std::vector<FileVersions>& files,
                                           Language language);

}  // namespace multilat
