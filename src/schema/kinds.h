// The field tables of each record kind and of the settings file.
#pragma once

#include <optional>

#include "model/kind.h"
#include "schema/field_spec.h"

namespace multilat::schema {

const KindSchema& schema_of(Kind kind);
const KindSchema& settings_schema();

// Finds a field of a table by key; nullptr when unknown.
const FieldSpec* find_field(std::span<const FieldSpec> fields, std::string_view key);

// The kind of record a reference field names; nothing for a body (named within its
// organisation) or a field that is no reference.
std::optional<Kind> kind_of_target(RefTarget target);

}  // namespace multilat::schema
