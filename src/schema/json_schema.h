// The JSON Schema (draft 2020-12) of each record kind and of the settings, from the field tables.
#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <string>

#include "schema/field_spec.h"

namespace multilat::schema {

// The four record kinds in folder order, then the settings: what `multilat schema` exports.
std::array<const KindSchema*, 5> exported_schemas();

// nullptr when `name` is neither a kind nor "settings".
const KindSchema* find_exported_schema(std::string_view name);

// "urn:multilat:schema:meeting": stable, and never mistaken for an address to fetch.
std::string schema_id(const KindSchema& schema);

// A whole schema document. It accepts what `multilat check` accepts field by field (an empty
// optional key counts as absent), as YAML 1.2 reads it: dates stay strings, `true` is a boolean.
nlohmann::ordered_json json_schema(const KindSchema& schema);

}  // namespace multilat::schema
