// `multilat rules`: the list of check rules, as a table or JSON.
#include <iostream>

#include "cli/commands.h"
#include "cli/parse_errors.h"
#include "i18n/tr.h"
#include "render/rules_render.h"

namespace multilat::cli {

void add_rules_command(CLI::App& app, const GlobalOptions&, Outcome& outcome) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* cmd = app.add_subcommand("rules", i18n::tr("help.rules"));
  cmd->add_option("--format", *format, i18n::tr("help.format"))
      ->check(one_of(rules_formats().names()))
      ->option_text(rules_formats().choices());
  cmd->footer(i18n::tr("help.rules.footer"));
  cmd->callback([format, &outcome] {
    rules_formats().write(std::cout, *format, all_rules());
    outcome.exit_code = 0;
  });
}

}  // namespace multilat::cli
