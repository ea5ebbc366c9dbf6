// What a change does to the check: for each changed record, the diagnostics it introduces and
// those it removes, found by checking the records at both ends of the change.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "review/change_set.h"

namespace multilat {

// Fills each change's `check` with its own file's consequences (compared at its old and new
// paths), and returns, by displayed path, those of files no change touched but whose
// diagnostics the change altered (a reference elsewhere that no longer resolves). A diagnostic
// is the same at both ends when its rule, message and hint are: lines move when a file is
// edited, and a diagnostic that only moved is no consequence. `before` and `after` are every
// diagnostic of the full check at each end.
std::map<std::string, Consequences> add_consequences(std::vector<RecordChange>& changes,
                                                     const std::vector<Diagnostic>& before,
                                                     const std::vector<Diagnostic>& after);

}  // namespace multilat
