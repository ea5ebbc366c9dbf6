// The hidden `multilat __man`: prints the man page in roff; the build writes multilat.1 with it.
#include <iostream>

#include "manual/command_model.h"
#include "cli/commands.h"
#include "cli/version.h"
#include "manual/man_page.h"

namespace multilat::cli {

void add_man_command(CLI::App& app, const GlobalOptions&, Outcome& outcome) {
  CLI::App* cmd = app.add_subcommand("__man", "");
  cmd->group("");  // hidden: the build runs it (CMakeLists.txt), people read `man multilat`
  cmd->callback([&app, &outcome] {
    std::cout << man_page(describe_commands(app), {version_number(), commit_date()});
    outcome.exit_code = 0;
  });
}

}  // namespace multilat::cli
