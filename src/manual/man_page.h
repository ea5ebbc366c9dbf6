// The man page multilat(1), in roff, generated from the commands' description so that it
// lists exactly the commands and options the tool accepts, with their help and examples.
#pragma once

#include <string>

#include "manual/command_spec.h"

namespace multilat {

struct ManPageInfo {
  std::string version;  // "0.1.0"
  std::string date;     // the built commit's date, YYYY-MM-DD; may be empty
};

// In the run's language (the build writes it with --lang en).
std::string man_page(const CommandSpec& app, const ManPageInfo& info);

}  // namespace multilat
