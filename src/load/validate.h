// Checks a parsed record against its kind's field table: keys, required fields, value types.
#pragma once

#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/yaml_tree.h"
#include "model/records.h"
#include "schema/field_spec.h"

namespace multilat {

struct Validation {
  std::vector<Diagnostic> diagnostics;
  std::vector<Reference> references;  // ids to resolve once every record is loaded
};

// `path` is copied into each diagnostic. The root must be a mapping; anything else is reported.
Validation validate_record(const yaml::Node& root, const schema::KindSchema& schema,
                           std::string_view path);

}  // namespace multilat
