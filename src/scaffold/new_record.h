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

// A field one flag gives: a field holding one value, or one part of a mapping whose parts hold
// one value each (--focal-point-person writes `person` under `focal-point`).
struct FlagField {
  std::string flag;                          // "focal-point-person", without the dashes
  const schema::FieldSpec* field = nullptr;  // the field, or the part
  const schema::FieldSpec* whole = nullptr;  // the mapping the part belongs to, if any
};

using FieldValues = std::map<std::string, std::string>;  // flag -> value as given

// The flags of `fields`, in schema order: a field holding one value (a list of plain values is
// given comma-separated), and each such part of a mapping that is not a list.
std::vector<FlagField> flag_fields(std::span<const schema::FieldSpec> fields);
// The flags of `kind`'s own fields, then those of the fields every record may carry.
std::vector<FlagField> own_flag_fields(Kind kind);
std::vector<FlagField> common_flag_fields();
// The flags of every kind, each once, in a stable order.
std::vector<FlagField> flag_fields();

// The fields `kind` requires and `values` lacks, in schema order; a mapping's required parts
// once one of its parts is given.
std::vector<FlagField> missing_required(Kind kind, const FieldValues& values);

// Whether `kind` has a field, or a part of a mapping, that the flag `flag` gives.
bool takes_field(Kind kind, std::string_view flag);

// When `key` is a mapping of `kind` given part by part, the flags of its parts
// ("focal-point-person", "focal-point-email"); else nothing.
std::vector<std::string> part_flags(Kind kind, std::string_view key);

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
