// Ordering and naming of diagnostics.
#include "check/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace multilat {

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  auto key = [](const Diagnostic& d) {
    return std::tie(d.path, d.loc.line, d.loc.column, d.rule, d.message);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

std::string_view severity_name(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

}  // namespace multilat
