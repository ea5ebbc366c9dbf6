#include "cli/safe_destination.h"

#include <fmt/format.h>

#include "cli/global_options.h"
#include "i18n/tr.h"

namespace multilat::cli {

void refuse_unsafe_destination(const TreePolicy& policy, const std::filesystem::path& target,
                               const std::string& display, const std::string& root_shown) {
  PathVerdict verdict = policy.check_new_file(target).verdict;
  if (verdict == PathVerdict::Folder) return;
  bool link = verdict == PathVerdict::LinkOutside || verdict == PathVerdict::Unresolved;
  throw UsageError(i18n::tr(link ? "new.through-link" : "new.not-a-folder-on-the-way",
                            fmt::arg("file", display), fmt::arg("root", root_shown)));
}

}  // namespace multilat::cli
