// multilat: builds the command line, runs one command, and maps the outcome to 0, 1 or 2.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/parse_errors.h"
#include "cli/standard_output.h"
#include "cli/version.h"
#include "i18n/error_text.h"
#include "i18n/tr.h"

namespace {

using multilat::i18n::tr;

void add_global_options(CLI::App& app, multilat::cli::GlobalOptions& global) {
  app.add_option("--records", global.records, tr("help.global.records"))
      ->envname("MULTILAT_RECORDS")
      ->option_text(tr("help.metavar.dir"));
  app.add_option("--today", global.today, tr("help.global.today"))
      ->envname("MULTILAT_TODAY")
      ->option_text(tr("help.metavar.date"));
  app.add_option("--lang", global.lang, tr("help.global.lang"))
      ->envname("MULTILAT_LANG")
      ->check(multilat::cli::one_of({"fr", "en"}))
      ->option_text("fr|en");
  app.add_option("--as-of", global.as_of, tr("help.global.as-of"))
      ->option_text(tr("help.metavar.rev"));
  app.add_option("--color", global.color, tr("help.global.color"))
      ->check(multilat::cli::one_of({"auto", "always", "never"}))
      ->option_text("auto|always|never");
}

// The application's own help, its footer and --version; exactly one command is run.
void set_up_app(CLI::App& app) {
  multilat::cli::localise_help(app);
  app.fallthrough();
  app.require_subcommand(1);
  app.footer(tr("help.app.footer"));
  app.set_version_flag("--version", multilat::cli::version_line(), tr("help.version"));
}

// Runs once the whole line is parsed, before the command's own callback.
void refuse_misplaced_as_of(CLI::App& app, const multilat::cli::GlobalOptions& global) {
  app.parse_complete_callback([&app, &global] {
    for (const CLI::App* command : app.get_subcommands()) {
      multilat::cli::refuse_as_of(global, command->get_name());
    }
  });
}

// In the order of the help's list of commands.
void add_commands(CLI::App& app, multilat::cli::GlobalOptions& global,
                  multilat::cli::Outcome& outcome) {
  using namespace multilat::cli;
  add_check_command(app, global, outcome);
  add_rules_command(app, global, outcome);
  add_schema_command(app, global, outcome);
  add_list_command(app, global, outcome);
  add_show_command(app, global, outcome);
  add_new_command(app, global, outcome);
  add_init_command(app, global, outcome);
  add_deadlines_command(app, global, outcome);
  add_agenda_command(app, global, outcome);
  add_summary_command(app, global, outcome);
  add_mail_command(app, global, outcome);
  add_report_command(app, global, outcome);
  add_site_command(app, global, outcome);
  add_diff_command(app, global, outcome);
  add_hooks_command(app, global, outcome);
  add_changes_command(app, global, outcome);
  add_completion_command(app, global, outcome);
  add_man_command(app, global, outcome);
}

// Parsing runs the command, whose outcome is the exit code; help and --version end the run
// there, and a usage error or a failure of the command is said on stderr with exit code 2.
int parse_and_run(CLI::App& app, int argc, char** argv, const multilat::cli::Outcome& outcome) {
  using namespace multilat::cli;
  std::vector<std::string> args = diff_paths_as_options(argc, argv);
  std::vector<char*> arg_pointers;
  for (std::string& arg : args) arg_pointers.push_back(arg.data());
  int arg_count = static_cast<int>(arg_pointers.size());
  try {
    reject_unknown_command(app, arg_count, arg_pointers.data());
    app.parse(arg_count, arg_pointers.data());
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "multilat: " << parse_error_message(app, e) << '\n';
    return 2;
  } catch (const UsageError& e) {
    std::cerr << "multilat: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "multilat: " << multilat::error_text(e) << '\n';
    return 2;
  }
  return outcome.exit_code;
}

int run(int argc, char** argv) {
  using namespace multilat::cli;
  multilat::i18n::set_language(early_language(argc, argv));
  CLI::App app{tr("help.app"), "multilat"};
  set_up_app(app);
  GlobalOptions global;
  Outcome outcome;
  add_global_options(app, global);
  add_commands(app, global, outcome);
  refuse_misplaced_as_of(app, global);
  localise_commands(app);
  return parse_and_run(app, argc, argv, outcome);
}

}  // namespace

int main(int argc, char** argv) {
  multilat::cli::open_closed_standard_streams();
  return multilat::cli::finish_standard_output(run(argc, argv));
}
