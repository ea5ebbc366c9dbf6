// Which working-tree files the index vouches for.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "git/repository.h"
#include "load/record_files.h"

namespace multilat::git {

// The blob id of a working-tree file that stats as the index recorded it, as `git status`
// trusts it: same size, inode, change and modification times, and written before the index was
// (a file changed in the second the index was written may differ with the same stat data).
// Nothing for any other file. `entries` are the index's entries under the records folder, and
// must outlive the function.
std::function<std::optional<std::string>(const RecordFile&)> index_vouches(
    const std::vector<Entry>& entries, std::optional<std::int64_t> index_written,
    const std::string& display_root);

}  // namespace multilat::git
