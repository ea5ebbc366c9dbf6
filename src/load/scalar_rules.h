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

// A plain (unquoted) scalar that YAML 1.2's core schema reads as a number or a boolean, where
// text is expected. multilat would take it as text, but editors validating with the exported
// JSON Schema (and most YAML tools) would not, so check says so too. `key` names the field;
// `list_item` says the node is an item of a list under it, which changes the suggested fix.
std::optional<ScalarProblem> check_plain_text(const yaml::Node& node, std::string_view key,
                                              bool list_item = false);

bool parse_bool(std::string_view text, bool& out);
bool is_amount(std::string_view text);
// An amount as whole cents: "12500000" -> 1250000000, "12.5" -> 1250; nothing for text that
// is_amount() refuses.
std::optional<long long> parse_cents(std::string_view amount);
// A positive decimal with at most nine digits before the point and six after: "119.331742".
bool is_rate(std::string_view text);

}  // namespace multilat
