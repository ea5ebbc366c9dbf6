// The rule table: every check has a stable id, a severity, a summary and an explanation.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "model/date.h"

#include <set>
#include <string>
#include <string_view>
#include "model/store.h"

namespace multilat {

// What a check may know beyond the records: no clock and no I/O inside the rules.
struct Context {
  Date today;
  // When set (check --changed), the only files whose diagnostics are wanted: the records loaded
  // around them are there to be referred to, and rules may pass over their own problems.
  const std::set<std::string, std::less<>>* only_paths = nullptr;
  bool wanted(std::string_view path) const { return !only_paths || only_paths->count(path) > 0; }
};

using RuleFn = void (*)(const Store&, const Context&, std::vector<Diagnostic>&);

// A rule's summary and the paragraph `check --explain` prints are in the catalogue, under
// rule.<id>.summary and rule.<id>.explain, in each language.
struct Rule {
  std::string_view id;
  Severity severity;
  RuleFn run;  // nullptr for rules applied while loading
};

// A date as check messages write it, in the run's language: 2026-11-14, or 14/11/2026 in French.
std::string message_date(Date date);

std::string rule_summary(const Rule& rule);
std::string rule_explanation(const Rule& rule);

std::span<const Rule> all_rules();
const Rule* find_rule(std::string_view id);

// A diagnostic for `rule` in `record`, with the rule's severity.
Diagnostic make_diagnostic(const RecordHeader& record, Loc loc, std::string_view rule,
                           std::string message, std::string hint = "");

// Runs every store-level rule, then drops what records silence. `loaded` are the loader's
// diagnostics, which silencing also applies to. The result is sorted.
std::vector<Diagnostic> run_checks(const Store& store, const Context& context,
                                   std::vector<Diagnostic> loaded);

}  // namespace multilat
