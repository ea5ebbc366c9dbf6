// Whether one scalar is a valid value of a schema type, and what to tell the user if not.
#pragma once

#include <optional>
#include <string>

#include "load/yaml_tree.h"
#include "schema/field_spec.h"

namespace multilat {

struct ScalarProblem {
  std::string rule;
  std::string message;
  std::string hint;
};

// nullopt when `node` is a valid scalar of the field's type.
std::optional<ScalarProblem> check_scalar(const yaml::Node& node, const schema::FieldSpec& field);

bool parse_bool(std::string_view text, bool& out);
bool is_amount(std::string_view text);

}  // namespace multilat
