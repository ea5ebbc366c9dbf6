// A problem found in a file's bytes or its YAML: shared by the byte guards and the parser, which
// thereby need not know each other.
#pragma once

#include <string>

#include "model/location.h"

namespace multilat::yaml {

struct ParseIssue {
  Loc loc;
  std::string rule;  // yaml-syntax, yaml-duplicate-key, file-encoding, ...
  std::string message;
  std::string hint;
  bool warning = false;
};

}  // namespace multilat::yaml
