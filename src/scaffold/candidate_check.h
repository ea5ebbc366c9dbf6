// The diagnostics a file would get if it were added to the records tree, before it is written:
// `multilat new` refuses a record that would not pass `check`.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "model/date.h"
#include "model/settings.h"

namespace multilat {

// Loads the tree under `root` with `bytes` added at `relative` (e.g. "meetings/2027/x.yaml"),
// checks everything, and returns the diagnostics of that file alone. `today` is given the
// settings, as the loaded tree has them.
std::vector<Diagnostic> check_candidate(const std::filesystem::path& root, const std::string& display_root,
                                        const std::string& relative, const std::string& bytes,
                                        const std::function<Date(const Settings&)>& today);

}  // namespace multilat
