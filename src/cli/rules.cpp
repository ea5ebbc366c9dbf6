// `multilat rules`: the list of check rules, as a table or JSON.
#include "check/rules.h"

#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/parse_errors.h"
#include "i18n/tr.h"

namespace multilat::cli {
namespace {

void print_rules(const std::string& format) {
  if (format == "json") {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (const Rule& rule : all_rules()) {
      rules.push_back({{"id", rule.id},
                       {"severity", severity_name(rule.severity)},
                       {"summary", rule_summary(rule)},
                       {"explain", rule_explanation(rule)}});
    }
    std::cout << rules.dump(2) << '\n';
    return;
  }
  for (const Rule& rule : all_rules()) {
    fmt::print("{:<24} {:<14} {}\n", rule.id, severity_label(rule.severity), rule_summary(rule));
  }
}

}  // namespace

void add_rules_command(CLI::App& app, const GlobalOptions&, Outcome& outcome) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* cmd = app.add_subcommand("rules", i18n::tr("help.rules"));
  cmd->add_option("--format", *format, i18n::tr("help.format"))
      ->check(one_of({"text", "json"}))
      ->option_text("text|json");
  cmd->footer(i18n::tr("help.rules.footer"));
  cmd->callback([format, &outcome] {
    print_rules(*format);
    outcome.exit_code = 0;
  });
}

}  // namespace multilat::cli
