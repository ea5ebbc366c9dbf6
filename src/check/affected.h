// Which records' diagnostics a change can alter: `check --changed` reports those, and nothing
// else, from a full check, so that its output is exactly the full check's for those files.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "check/diagnostic.h"
#include "model/store.h"

namespace multilat {

// `changed` holds the displayed paths of the files changed (old and new paths of a rename or a
// move); `settings_changed` says multilat.yaml changed, which can alter every diagnostic. Gives
// the displayed paths whose diagnostics to report: the changed files, the records that refer to
// a changed record or that a changed record refers to, the files that share a changed file's id,
// and the meetings that share a delegate with a changed meeting (a clash ties them).
std::set<std::string, std::less<>> affected_paths(const Store& store,
                                                  const std::vector<Diagnostic>& diagnostics,
                                                  const std::vector<std::string>& changed,
                                                  bool settings_changed);

}  // namespace multilat
