// The rule table and the driver that runs it and applies each record's `silence` list.
#include "check/rules.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "check/rule_functions.h"
#include "i18n/tr.h"

namespace multilat {
namespace {

constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

constexpr Rule kRules[] = {
    {"yaml-syntax", E, nullptr},
    {"yaml-duplicate-key", E, nullptr},
    {"yaml-anchor", E, nullptr},
    {"yaml-too-deep", E, nullptr},
    {"value-too-long", E, nullptr},
    {"file-too-large", E, nullptr},
    {"file-encoding", E, nullptr},
    {"file-bom", W, nullptr},
    {"file-line-endings", W, nullptr},
    {"file-empty", E, nullptr},
    {"file-not-regular", E, nullptr},
    {"file-unreadable", E, nullptr},
    {"file-outside-root", E, nullptr},
    {"text-control-char", E, nullptr},
    {"secret-in-records", E, nullptr},
    {"file-misplaced", E, nullptr},
    {"file-wrong-kind", E, nullptr},
    {"file-extension", W, nullptr},
    {"record-not-mapping", E, nullptr},
    {"key-unknown", E, nullptr},
    {"field-required", E, nullptr},
    {"field-type", E, nullptr},
    {"field-value", E, nullptr},
    {"date-invalid", E, nullptr},
    {"id-invalid", E, nullptr},
    {"id-duplicate", E, nullptr},
    {"currency-invalid", E, nullptr},
    {"ref-unknown", E, rules::references},
    {"body-unknown", E, rules::bodies},
    {"date-order", E, rules::date_order},
    {"deadline-after-meeting", W, rules::deadline_after_meeting},
    {"date-in-future", E, rules::date_in_future},
    {"report-before-meeting", E, rules::report_before_meeting},
    {"meeting-far-ahead", W, rules::meeting_far_ahead},
    {"recurrence-too-early", W, rules::recurrence_too_early},
    {"amount-fraction", W, rules::amount_fraction},
    {"nc-status-dates", E, rules::nc_status_dates},
    {"task-overdue", W, rules::task_overdue},
    {"meeting-not-held", W, rules::meeting_not_held},
    {"meeting-no-outcome", W, rules::meeting_no_outcome},
    {"delegation-clash", W, rules::delegation_clash},
    {"delegation-clash-online", W, nullptr},  // reported by delegation_clash
    {"prospect-stale", W, rules::prospect_stale},
    {"prospect-partner", E, rules::prospect_partner},
    {"silence-unknown", E, rules::silence_unknown},
};

// Records silence rules by id; applied to everything reported in their file.
void apply_silences(const Store& store, std::vector<Diagnostic>& diagnostics) {
  std::unordered_map<std::string_view, std::unordered_set<std::string_view>> silenced;
  for (const RecordHeader* header : store.headers()) {
    for (const auto& rule : header->silenced) silenced[header->path].insert(rule.value);
  }
  if (silenced.empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    auto it = silenced.find(d.path);
    return it != silenced.end() && d.rule != "silence-unknown" && it->second.count(d.rule);
  });
}

}  // namespace

std::span<const Rule> all_rules() { return kRules; }

std::string message_date(Date date) {
  return i18n::tr("check.date", fmt::arg("year", static_cast<int>(date.year())),
                  fmt::arg("month", fmt::format("{:02}", static_cast<unsigned>(date.month()))),
                  fmt::arg("day", fmt::format("{:02}", static_cast<unsigned>(date.day()))));
}

std::string rule_summary(const Rule& rule) {
  return i18n::tr_in(i18n::language(), fmt::format("rule.{}.summary", rule.id));
}

std::string rule_explanation(const Rule& rule) {
  return i18n::tr_in(i18n::language(), fmt::format("rule.{}.explain", rule.id));
}

const Rule* find_rule(std::string_view id) {
  for (const Rule& rule : kRules) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

Diagnostic make_diagnostic(const RecordHeader& record, Loc loc, std::string_view rule,
                           std::string message, std::string hint) {
  const Rule* found = find_rule(rule);
  return Diagnostic{record.path.str(),
                    loc,
                    found ? found->severity : Severity::Error,
                    std::string(rule),
                    std::move(message),
                    std::move(hint)};
}

std::vector<Diagnostic> run_checks(const Store& store, const Context& context,
                                   std::vector<Diagnostic> loaded) {
  std::vector<Diagnostic> diagnostics = std::move(loaded);
  for (const Rule& rule : kRules) {
    if (rule.run) rule.run(store, context, diagnostics);
  }
  apply_silences(store, diagnostics);
  sort_diagnostics(diagnostics);
  return diagnostics;
}

}  // namespace multilat
