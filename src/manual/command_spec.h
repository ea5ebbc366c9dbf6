// The commands and options of multilat as plain data, read from the command line's own
// definition (manual/command_model.h), so that the completion scripts and the man page, which are
// generated from it, cannot drift from what the tool accepts.
#pragma once

#include <string>
#include <vector>

namespace multilat {

// Where the values of an option or positional argument come from, besides a fixed set: record
// ids read from the records when the user presses Tab (`multilat __complete-ids SOURCE`), or,
// for the source "revision", HEAD and the branches and tags git lists.
struct OptionSpec {
  std::vector<std::string> names;  // "-o", "--output"; for a positional, its name alone
  bool positional = false;
  bool takes_value = false;         // false: a flag
  std::string value_text;           // "FILE", "fr|en": how help shows the value
  std::vector<std::string> values;  // the values to offer, when they are a fixed set
  std::string id_source;            // "organisation", "all", "revision"...; empty: none
  std::string description;
  std::string envname;  // MULTILAT_RECORDS, or empty
  std::size_t places = 1;  // a positional taking several values: how many to complete
};

struct CommandSpec {
  std::string name;  // "check"; for the root, "multilat"
  std::string description;
  std::string footer;  // the examples that end its --help
  std::vector<OptionSpec> options;      // named options, in the order of --help
  std::vector<OptionSpec> positionals;  // in the order they are taken
  std::vector<CommandSpec> commands;    // visible subcommands only
  bool requires_command = false;        // "hooks" does nothing alone
};

// The last name of an option, its long one by CLI11's order ("--output" rather than "-o").
inline const std::string& long_name(const OptionSpec& option) { return option.names.back(); }

}  // namespace multilat
