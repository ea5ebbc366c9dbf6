// Shell completion scripts for bash, zsh and fish, generated from the commands' description so
// that they offer exactly what the tool accepts. Each script asks `multilat __complete-ids` for
// record ids when the user presses Tab.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "manual/command_spec.h"

namespace multilat {

std::string bash_completion(const CommandSpec& app);
std::string zsh_completion(const CommandSpec& app);
std::string fish_completion(const CommandSpec& app);

namespace detail {

// One row of a script's tables: for the command at `path` ("" the root, "hooks install") and
// `argument` (an option's name, a positional's place from 1, or none), the words to offer,
// "@SOURCE" for record ids. `global`: a root option, which may follow any command.
struct Row {
  std::string path;
  std::string argument;
  std::string words;
  bool global = false;
};

struct Tables {
  std::vector<Row> commands;     // per path: its subcommands' names
  std::vector<Row> options;      // per path: its options' names, and the global ones
  std::vector<Row> takes_value;  // per option that needs a value (words empty)
  std::vector<Row> values;       // per option or positional that offers words or ids
};

// Command-specific rows come before global ones, so that a first match is the right one.
Tables completion_tables(const CommandSpec& app);

// 'text' as one single-quoted word (bash, zsh and fish alike), on one line.
std::string shell_quoted(std::string_view text);

// The functions bash and zsh share: _multilat_commands and _multilat_options (REPLY: the words
// of a path), _multilat_takes_value (status), _multilat_values (REPLY: words or @SOURCE).
std::string sh_tables(const Tables& tables);

}  // namespace detail
}  // namespace multilat
