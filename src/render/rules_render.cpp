#include "render/rules_render.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <ostream>

namespace multilat {
namespace {

// One line per rule, the ids and severities in columns.
void text(std::ostream& out, const std::span<const Rule>& rules) {
  for (const Rule& rule : rules) {
    out << fmt::format("{:<24} {:<14} {}\n", rule.id, severity_label(rule.severity), rule_summary(rule));
  }
}

// Ids and severities as the records and `check --format json` spell them; the texts in the run's
// language.
void json(std::ostream& out, const std::span<const Rule>& rules) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Rule& rule : rules) {
    list.push_back({{"id", rule.id},
                    {"severity", severity_name(rule.severity)},
                    {"summary", rule_summary(rule)},
                    {"explain", rule_explanation(rule)}});
  }
  out << list.dump(2) << '\n';
}

}  // namespace

const FormatTable<std::span<const Rule>>& rules_formats() {
  static const FormatTable<std::span<const Rule>> formats{{"text", text}, {"json", json}};
  return formats;
}

}  // namespace multilat
