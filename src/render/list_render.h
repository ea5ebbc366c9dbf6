// `multilat list` output: a table that fits the terminal, CSV and JSON.
#pragma once

#include <cstddef>
#include <iosfwd>

#include "model/text.h"
#include "query/record_list.h"
#include "render/format_table.h"

namespace multilat {

// Columns padded to their widest cell; the last one (the name or title) is cut to fit `width`
// (0: no limit). Ends with a count line ("12 réunions"), which says how many records of the kind
// were `left_out` for an error in their file. Record text is made terminal-safe.
void render_list_table(std::ostream& out, const RecordList& list, Language language, std::size_t width,
                       std::size_t left_out);

// One row per record: id, path, then each column; a text column gives two, `<column>_fr` and
// `<column>_en`. Values are language-neutral; formulas are neutralised.
void render_list_csv(std::ostream& out, const RecordList& list);

// {"kind": "meeting", "count": n, "left_out": n, "records": [{"id", "path", <column>: value...}]};
// a text column is {"fr", "en"}, a missing value null.
void render_list_json(std::ostream& out, const RecordList& list, std::size_t left_out);

// What `list` prints, in whichever format. The language and width are the table's.
struct ListOutput {
  const RecordList& list;
  Language language = Language::Fr;
  std::size_t width = 0;
  std::size_t left_out = 0;  // records of the kind left out for an error in their file
};
// The formats of `list`; the table first.
const FormatTable<ListOutput>& list_formats();

}  // namespace multilat
