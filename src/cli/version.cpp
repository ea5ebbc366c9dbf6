// The version and commit CMake recorded at configure time (generated/build_info.h).
#include "cli/version.h"

#include <fmt/format.h>

#include "build_info.h"

namespace multilat::cli {

std::string version_line() {
  return fmt::format("multilat {} (commit {})", MULTILAT_BUILD_VERSION, MULTILAT_BUILD_COMMIT);
}

std::string version_number() { return MULTILAT_BUILD_VERSION; }

std::string commit_date() { return MULTILAT_BUILD_COMMIT_DATE; }

}  // namespace multilat::cli
