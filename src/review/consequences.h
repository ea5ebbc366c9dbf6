// What a change does to the check: for each changed record, the diagnostics it introduces and
// those it removes, found by checking the records at both ends of the change.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "review/change_set.h"

namespace multilat {

struct Consequences {
  std::vector<Diagnostic> introduced;  // at the new end only, with the new end's locations
  std::vector<Diagnostic> removed;     // at the old end only, with the old end's locations
  bool empty() const { return introduced.empty() && removed.empty(); }
};

// Both by displayed path: a changed record's own (its new path, or its old one when it was
// removed), and those of files the change did not touch but whose diagnostics it altered (a
// reference elsewhere that no longer resolves).
struct ChangeConsequences {
  std::map<std::string, Consequences> of_changed;
  std::map<std::string, Consequences> elsewhere;
};

// A diagnostic is the same at both ends when its rule, message and hint are: lines move when a
// file is edited, and a diagnostic that only moved is no consequence. `before` and `after` are
// every diagnostic of the full check at each end.
ChangeConsequences consequences_of(const std::vector<RecordChange>& changes,
                                   const std::vector<Diagnostic>& before,
                                   const std::vector<Diagnostic>& after);

}  // namespace multilat
