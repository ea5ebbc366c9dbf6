// Paths as CI platforms want them: from the top of the git repository that holds the records.
#pragma once

#include "cli/global_options.h"
#include "render/check_report.h"

namespace multilat::cli {

// Maps a path as check shows it (relative to the current folder, or under an absolute
// --records) to the same file's path from the top of the repository that holds `root`, so that
// GitLab and GitHub find the file whatever folder the job ran in. Outside a repository, or for a
// path outside it, the path stays as shown.
PathMap repository_paths(const RecordsRoot& root);

}  // namespace multilat::cli
