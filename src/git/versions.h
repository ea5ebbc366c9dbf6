// The two versions of each changed records file between two ends of a comparison: a revision,
// the index, or the working tree.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "git/repository.h"
#include "review/change_set.h"

namespace multilat::git {

struct End {
  enum class Kind { Revision, Index, WorkingTree };
  Kind kind = Kind::WorkingTree;
  std::string rev;
};

// Every file under `folder` that differs between `from` (a revision) and `to`, with its bytes
// at each end (read only when within `max_bytes`), and paths shown under `display_root`.
std::vector<FileVersions> changed_files(const Repository& repo, const std::string& folder,
                                        const std::filesystem::path& records_root,
                                        const std::string& display_root, const End& from,
                                        const End& to, std::size_t max_bytes);

}  // namespace multilat::git
