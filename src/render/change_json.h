// Record changes as JSON values for scripts: values as the records hold them (a string, an
// object, a list), never flattened to one line; field names and kinds of change as in the
// records, in no reader's language.
#pragma once

#include <nlohmann/json.hpp>

#include "load/yaml_tree.h"
#include "review/change_set.h"

namespace multilat {

using OrderedJson = nlohmann::ordered_json;

// A text, or null when it is empty.
OrderedJson or_null(const std::string& text);

// A YAML node as JSON: a scalar as a string (a date, a number or `true` as written), a mapping
// as an object in the file's order, a sequence as an array, nothing as null.
OrderedJson yaml_json(const yaml::Node& node);

// {"field", "change", "old", "new"[, "days"][, "unchanged_language"]}, the values whole.
OrderedJson field_json(const FieldChange& f);
// What every change of a record says, after what names it: paths, invalid ends, whether only
// the layout changed, the key facts of a record added or removed, and the fields.
void add_change_json(OrderedJson& out, const RecordChange& c);

// The document as text: written with invalid UTF-8 replaced, and nothing raw that could drive a
// terminal.
std::string json_text(const OrderedJson& doc);

}  // namespace multilat
