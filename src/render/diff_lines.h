// The lines that say what happened to a record and to each of its fields, in the reader's
// language: shared by `diff` and `changes`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "review/change_set.h"

namespace multilat {

struct DiffEnds {
  std::string from, to;  // as the reader knows them: "HEAD", "main", "la copie de travail"
};

// "added", "removed", "moved", "modified": the neutral words JSON uses.
std::string_view kind_word(RecordChange::Kind kind);
std::string_view field_word(FieldChange::Kind kind);
// A stage, a meeting status or New Caledonia's status in the reader's words; others as written.
std::string value_words(const FieldChange& f, const std::string& value);
// "7 jours plus tard", or "" when the field is not a date that moved.
std::string days_note(const FieldChange& f);
// "crga-57 · réunion · 57e réunion du CRGA · modifiée"
std::string record_headline(const RecordChange& c);
// Moved from where, invalid at which end.
std::vector<std::string> change_notes(const RecordChange& c, const DiffEnds& ends);
// "~ start : 2027-10-12 → 2027-10-19 (7 jours plus tard)", "+ delegation[X] : …", "- …"
std::string change_line(const FieldChange& f);

}  // namespace multilat
