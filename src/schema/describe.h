// What each field means, in the language of the reader. The English words are written next to
// each field in kinds.cpp, where a field is added in one line; the French ones are in the
// French catalogue under field.<kind>.<path> (field.common.<key> for the keys every record may
// carry), and a unit test keeps the two in step.
#pragma once

#include <string>
#include <string_view>

#include "model/text.h"
#include "schema/field_spec.h"

namespace multilat::schema {

// `path` is the field's keys from the top of the record, joined by dots: "delegation.person".
// `kind` is the schema's name ("meeting", "settings"), or "common".
std::string_view field_description(std::string_view kind, std::string_view path,
                                   const FieldSpec& field, Language language);

std::string_view kind_description(const KindSchema& schema, Language language);

// "field.meeting.delegation.person": the catalogue key of a field's description.
std::string description_key(std::string_view kind, std::string_view path);

}  // namespace multilat::schema
