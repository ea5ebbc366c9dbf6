// The records as a revision (or the index) holds them, read from the repository without a
// checkout, through the same parsing, checks and limits as the working tree.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "git/repository.h"
#include "load/loader.h"

namespace multilat::git {

// Which snapshot: a revision, or the staged content (the index) when `staged` is set.
struct Snapshot {
  std::string rev;
  bool staged = false;
};

// The records folder as a path from the repository's top ("records", "desk/records").
std::string folder_in_repository(const Repository& repo, const std::filesystem::path& records_root);

// Loads the records under `folder` at `snapshot`. A revision with no such folder loads nothing
// and says so in `missing_folder`.
struct SnapshotLoad {
  LoadResult loaded;
  bool missing_folder = false;
  std::map<std::string, std::string, std::less<>> contents;  // each file read, by displayed path
};
SnapshotLoad load_snapshot(const Repository& repo, const std::string& folder,
                           const std::string& display_root, const Snapshot& snapshot);

// The scan of a snapshot's entries, exposed for tests: what the working tree's scan would make
// of the same names, plus what only git has (links and submodules stored as such, conflicts).
FileScan scan_entries(const std::vector<Entry>& entries, const std::string& display_root);

}  // namespace multilat::git
