// A problem found in the records: where, how bad, which rule, and how to fix it.
#pragma once

#include <string>
#include <vector>

#include "model/location.h"

namespace multilat {

enum class Severity { Error, Warning };

struct Diagnostic {
  std::string path;  // the file as shown to the user (relative to the current directory)
  Loc loc;           // line 0 when the problem concerns the whole file
  Severity severity = Severity::Error;
  std::string rule;  // a rule id from the rule table, e.g. "ref-unknown"
  std::string message;
  std::string hint;  // empty when there is nothing useful to add
};

// Sorted by path, line, column, then rule and message, so output is stable.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics);

// "records/meetings/crga-56.yaml:4:8", or the path alone for a problem with the whole file;
// made visible, for a message on one line.
std::string diagnostic_place(const Diagnostic& d);

// "error" / "warning": the stable word of machine formats (JSON, GitHub annotations).
std::string_view severity_name(Severity severity);
// The word a person reads, in the run's language: "erreur" / "error".
std::string severity_label(Severity severity);

}  // namespace multilat
