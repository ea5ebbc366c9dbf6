// Ordering and naming of diagnostics.
#include "diagnostics/diagnostic.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "i18n/tr.h"
#include "util/visible_text.h"

namespace multilat {

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  auto key = [](const Diagnostic& d) {
    return std::tie(d.path, d.loc.line, d.loc.column, d.rule, d.message);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

std::string diagnostic_place(const Diagnostic& d) {
  if (d.loc.line == 0) return visible_text(d.path);
  return fmt::format("{}:{}:{}", visible_text(d.path), d.loc.line, d.loc.column);
}

std::string_view severity_name(Severity severity) {
  return severity == Severity::Error ? "error" : "warning";
}

std::string severity_label(Severity severity) {
  return severity == Severity::Error ? i18n::tr("check.severity.error")
                                     : i18n::tr("check.severity.warning");
}

}  // namespace multilat
