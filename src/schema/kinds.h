// The field tables of each record kind and of the settings file.
#pragma once

#include "model/kind.h"
#include "schema/field_spec.h"

namespace multilat::schema {

const KindSchema& schema_of(Kind kind);
const KindSchema& settings_schema();

// Finds a field of a table by key; nullptr when unknown.
const FieldSpec* find_field(std::span<const FieldSpec> fields, std::string_view key);

}  // namespace multilat::schema
