// The command line's own words: localised help labels, and parse errors that name the option
// and point to the right --help, instead of the option parser's raw messages.
#pragma once

#include <CLI/CLI.hpp>
#include <initializer_list>
#include <string>

namespace multilat::cli {

// Help labels and group names in the run's language. Call before adding options and commands,
// which inherit them.
void localise_help(CLI::App& app);
// The group heading of the commands at every level, their help flag's group and placeholders,
// once they are all added.
void localise_commands(CLI::App& app);

// An option that takes one of a fixed set of values, with a message in the run's language.
CLI::Validator one_of(std::initializer_list<const char*> values);
CLI::Validator one_of(const std::vector<std::string>& values);
// What one_of() says of a value outside `allowed`: the closest one, else the whole list.
std::string value_not_allowed(const std::string& value, const std::vector<std::string>& allowed);

// A whole number from `min` to `max`, with a message in the run's language.
CLI::Validator in_range(long min, long max);

// Accepts anything, but names the values the completion scripts and the man page offer, for an
// argument whose command checks it itself (with its own message).
CLI::Validator offers(const std::vector<std::string>& values);

// "unknown command 'chek'; did you mean 'check'?" before CLI11 turns it into "A subcommand is
// required". Throws UsageError.
void reject_unknown_command(const CLI::App& app, int argc, char** argv);

// A parse error as one line that names the option and the command's --help.
std::string parse_error_message(const CLI::App& app, const CLI::ParseError& error);

}  // namespace multilat::cli
