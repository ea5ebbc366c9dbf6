// Where `new` and `init` may create a file: never through a link that leads out of the folder
// they write in, as `check` refuses such a link.
#pragma once

#include <filesystem>
#include <string>

#include "load/tree_policy.h"

namespace multilat::cli {

// Throws UsageError, naming `display` and `root_shown`, unless the deepest existing folder on
// the way to `target` is a folder inside the policy's root.
void refuse_unsafe_destination(const TreePolicy& policy, const std::filesystem::path& target,
                               const std::string& display, const std::string& root_shown);

}  // namespace multilat::cli
