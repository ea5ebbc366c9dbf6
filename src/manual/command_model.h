// The command line's own definition (the CLI11 app), read back as plain data for the
// completion scripts and the man page.
#pragma once

#include <CLI/CLI.hpp>

#include "manual/command_spec.h"

namespace multilat {

// Every visible command and option of `app`, nested as the app nests them. Hidden commands
// (no group, such as __man) and hidden options are left out. Values come from one_of() or
// offers(), else from an option text of lowercase alternatives ("fr|en"); record ids, and the
// values of commands being added elsewhere (list, new), from a small table.
CommandSpec describe_commands(CLI::App& app);

}  // namespace multilat
