// `multilat schema`: placeholder until the JSON Schema export lands.
#include "cli/commands.h"

namespace multilat::cli {

void add_schema_command(CLI::App&, const GlobalOptions&, Outcome&) {}

}  // namespace multilat::cli
