// The lines that say what happened to a record and to each of its fields, in the reader's
// language: shared by `diff` and `changes`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "render/styled_line.h"
#include "review/change_set.h"

namespace multilat {

struct DiffEnds {
  std::string from, to;  // as the reader knows them: "HEAD", "main", "la copie de travail"
};

// "added", "removed", "moved", "modified": the neutral words JSON uses.
std::string_view kind_word(RecordChange::Kind kind);
std::string_view field_word(FieldChange::Kind kind);
// "7 jours plus tard", or "" when the field is not a date that moved.
std::string days_note(const FieldChange& f);
// "le texte anglais n'a pas changé", or "" when no language was left behind.
std::string language_note(const FieldChange& f);
// What happened to the record, in the reader's words: "modifiée", "renommée (était dass)",
// "commentaires ou mise en forme seulement", "non fusionnée, un conflit à résoudre".
std::string change_word(const RecordChange& c);
// "crga-57 · réunion · 57e réunion du CRGA · modifiée"; the settings' as "réglages · modifiés".
std::string record_headline(const RecordChange& c);
// The key facts of a record added or removed, moved from where, invalid at which end.
std::vector<std::string> change_notes(const RecordChange& c, const DiffEnds& ends);
// "~ start : 2027-10-12 → 2027-10-19 (7 jours plus tard)", "+ delegation[X] : …", "- …"; a long
// text as "~ notes.fr :" followed by its changed lines, words marked; then the language left
// behind. Listed values in the reader's words (render/value_words.h) by the fields of
// `record_kind`. The first line has no indent; the others are indented under it.
std::vector<StyledLine> change_lines(const FieldChange& f, std::string_view record_kind);
// A long text's change for Markdown: its changed lines as a quote, words struck through or in
// bold, then the language left behind.
std::vector<std::string> markdown_text_change(const FieldChange& f);

}  // namespace multilat
