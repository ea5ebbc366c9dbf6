// `multilat show`: one record, resolved and readable, for a terminal or as JSON.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>

#include "load/yaml_tree.h"
#include "query/record_detail.h"
#include "render/format_table.h"

namespace multilat {

struct ShowContext {
  Language language = Language::Fr;
  Date today;
  // The name of the record with this id and kind, when there is one: references are shown with it.
  std::function<std::optional<Text>(std::string_view id, Kind kind)> name_of;
};

// The record's own fields as its file has them (`fields`, the parsed file; absent when it cannot
// be read), each value in the reader's words and each reference with its name; then what is
// derived (when it starts, the last contact, the status over time), its deadlines, and the
// records that point to it. Record text is made terminal-safe.
void render_show_text(std::ostream& out, const RecordDetail& detail, const yaml::Node* fields,
                      const ShowContext& context);

// The same, language-neutral: {"id", "kind", "path", "name", "fields": the file as JSON,
// "references": [{"field", "id", "kind", "name"}], "derived": {...}, "deadlines": [...],
// "referrers": [...]}.
void render_show_json(std::ostream& out, const RecordDetail& detail, const yaml::Node* fields,
                      const ShowContext& context);

// What `show` prints, in whichever format.
struct ShowOutput {
  const RecordDetail& detail;
  const yaml::Node* fields;
  const ShowContext& context;
};
// The formats of `show`; text first.
const FormatTable<ShowOutput>& show_formats();

}  // namespace multilat
