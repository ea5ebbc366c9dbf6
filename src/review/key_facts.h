// What says at a glance which record was added or removed: its dates, its organisation or
// partner, its lead, its status or stage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_tree.h"

namespace multilat {

struct RecordFact {
  std::string key;  // as in the record: "start", "partner", "stage"
  yaml::Node value;
};

// The key facts `root` holds for a record of `record_kind` ("meeting", "prospect", ...), in the
// order a reader wants them; none for a kind without any, or a root that is not a mapping.
std::vector<RecordFact> key_facts(std::string_view record_kind, const yaml::Node& root);

}  // namespace multilat
