// Recognises a record written for another kind than its folder's: a meeting saved in
// organisations/ should be reported once, with where it belongs, not as a list of unknown keys.
#pragma once

#include <optional>
#include <string>

#include "load/yaml_tree.h"
#include "model/kind.h"

namespace multilat {

struct KindGuess {
  Kind kind;
  std::string folder;  // where it belongs, under the records root: "meetings/2026"
};

// Another kind whose fields cover every top-level key of `root`, when at least two of them are
// unknown to `declared`; nothing when the file is merely mistyped.
std::optional<KindGuess> probable_kind(const yaml::Node& root, Kind declared);

}  // namespace multilat
