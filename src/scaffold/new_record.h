// `multilat new`: the text of a new record, written from the schema: the fields given, then
// every other field as a comment with what it means, so that the user sees what exists.
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/kind.h"
#include "model/text.h"
#include "schema/field_spec.h"

namespace multilat::scaffold {

using FieldValues = std::map<std::string, std::string>;  // field key -> value as given

// The top-level fields of any kind that a flag can give: those holding one value (a list of
// plain values is given comma-separated). In a stable order, each key once.
std::vector<const schema::FieldSpec*> flag_fields();

// The fields `kind` requires and `values` lacks, in schema order.
std::vector<const schema::FieldSpec*> missing_required(Kind kind, const FieldValues& values);

// Whether `kind` has a top-level field `key` that a flag can give.
bool takes_field(Kind kind, std::string_view key);

// Where the record goes under the records root: "meetings/2027/crga-58.yaml" (a meeting under
// the year it starts, else this year's), "organisations/spc.yaml".
std::string record_path(Kind kind, const std::string& id, const FieldValues& values, Date today);

// The file's text: the values given in schema order, then the other fields commented out with
// their description in `language`. Values are written as YAML scalars, quoted when they must be.
std::string record_text(Kind kind, const FieldValues& values, Language language);

// The fields of `fields` commented out, each with its description, nested fields indented under
// theirs.
std::string commented_fields(std::span<const schema::FieldSpec> fields, Language language);

// A value as a YAML plain scalar when it reads back as the same string, else double-quoted.
std::string yaml_scalar(std::string_view value);

}  // namespace multilat::scaffold
