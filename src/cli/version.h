// The version line of `multilat --version` and of the man page.
#pragma once

#include <string>

namespace multilat::cli {

// "multilat 0.1.0 (commit 1a2b3c4)": the commit tells apart two builds of the same version.
std::string version_line();

// "0.1.0"
std::string version_number();

// The built commit's date (YYYY-MM-DD), empty outside git.
std::string commit_date();

}  // namespace multilat::cli
