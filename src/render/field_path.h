// Names the field of a record file that a line and column fall in: `delegation[Jane Doe].entity`.
#pragma once

#include <string>

#include "load/yaml_tree.h"
#include "model/location.h"

namespace multilat {

// The path of keys from the document's top to the value, key or mapping at `at`; a list item is
// named by its first identifying key (id, name, person, what, item), else by its position from 1,
// so that inserting an item does not rename the others. A mapping's own start with no length (a
// field missing from it) names the mapping, not its first key. Empty at the top, or for line 0.
std::string field_path_at(const yaml::Node& root, Loc at);

}  // namespace multilat
