// `multilat list`: the records of one kind as rows, with the columns that matter for that kind,
// filtered and sorted. Each cell keeps a language-neutral value (ids, ISO dates, status names)
// for machine formats, and the words a reader sees.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/person.h"
#include "model/text.h"
#include "model/store.h"

namespace multilat {

struct ListFilters {
  std::vector<std::string> organisations, entities, tags;
  std::string status, stage, grep;
  std::optional<int> year;
  std::optional<PersonLinks> people;  // --person, already resolved
};

// What a cell holds, so that each output can say it its way: a table in the reader's words,
// CSV and JSON language-neutral.
enum class CellType {
  Plain,  // an id, a name as written
  Date,   // value "2026-11-03"
  Enum,   // value "member", with `field` naming its catalogue words ("nc-status")
  Money,  // value "15000 XPF"
  Text,   // `text`, in both languages
};

struct ListCell {
  CellType type = CellType::Plain;
  std::string value{};  // empty for a missing value, and for Text cells
  std::string field{};  // Enum cells: the field whose values these are
  Text text{};        // Text cells
  // Money cells, for sorting: the amount in cents, and its value in XPF cents when the euro's
  // parity or a rate of the settings converts it.
  long long cents = 0;
  std::optional<long long> xpf_cents{};
};

struct ListRow {
  std::string id, path;
  std::vector<ListCell> cells;  // one per column
};

struct RecordList {
  Kind kind = Kind::Organisation;
  std::vector<std::string> columns;  // keys: "acronym", "status", "since", ...
  std::vector<ListRow> rows;
};

// The columns of a kind, which are also the fields `--sort` accepts (with "id").
std::vector<std::string> list_columns(Kind kind);

// What a column's cells hold.
CellType column_type(std::string_view column);

// Which filters apply to a kind: `--status` to organisations and meetings, `--stage` to
// prospects, `--year` to all but entities. The others apply to every kind.
bool filter_applies(Kind kind, std::string_view filter);

// The rows of `kind` that pass every filter, sorted by `sort` (a column, or "id"; empty for the
// kind's natural order: meetings by date, the others by id), ties broken by id.
RecordList list_records(const Store& store, Kind kind, const ListFilters& filters,
                        const std::string& sort);

// Whether `text`, already folded (searchable_text), holds `folded_needle` (fold_for_comparison).
bool contains_folded(std::string_view text, std::string_view folded_needle);

}  // namespace multilat
