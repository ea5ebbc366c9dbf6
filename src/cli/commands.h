// Each subcommand registers itself on the app; its callback records the exit code.
#pragma once

#include <CLI/CLI.hpp>

#include "cli/global_options.h"

namespace multilat::cli {

struct Outcome {
  int exit_code = 0;
};

void add_agenda_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_check_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_rules_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_schema_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_diff_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
// The command line with `multilat diff ... -- PATH...` written as `--path PATH` for each path:
// CLI11 does not hand a subcommand what follows git's `--` separator.
std::vector<std::string> diff_paths_as_options(int argc, char** argv);
void add_hooks_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_changes_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_deadlines_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_init_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_list_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_mail_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_new_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_report_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_site_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_show_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_summary_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
// `completion` and the hidden helpers the scripts and the build run (__complete-ids, __man):
// added last, as they read every other command.
void add_completion_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);
void add_man_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome);

}  // namespace multilat::cli
