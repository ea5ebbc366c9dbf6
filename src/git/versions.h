// The two versions of each changed records file between two ends of a comparison: a revision,
// the index, or the working tree.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "git/repository.h"
#include "load/file_versions.h"
#include "load/records_source.h"

namespace multilat::git {

struct End {
  enum class Kind { Revision, Index, WorkingTree };
  Kind kind = Kind::WorkingTree;
  std::string rev;  // for a revision; "" is the empty tree before the first commit
  std::string shown;  // how a person reads it, when not as `rev` (A...B's merge base)
};

// Whether `path` (relative to the records root) lies under one of `pathspecs`, as git matches
// them: the path itself, or a folder of it; "" matches everything.
bool under_pathspecs(std::string_view path, const std::vector<std::string>& pathspecs);

// The records source at one end.
std::unique_ptr<RecordsSource> source_at(const Repository& repo, const std::string& folder,
                                         const std::filesystem::path& records_root, const End& end);

// Every file under `folder` that differs between `from` (a revision) and `to`, as the scanner
// sees it at each end, with its bytes, read within the size limit of that end's own settings as
// `check` there reads them. Files that are not records at either end (a .gitkeep, an image) are
// left out; paths are shown under `display_root`. `pathspecs`, relative to the records root,
// keep only the files under them. An index entry in conflict is marked unmerged, not read.
std::vector<FileVersions> changed_files(const Repository& repo, const std::string& folder,
                                        const std::filesystem::path& records_root,
                                        const std::string& display_root, const End& from,
                                        const End& to, const std::vector<std::string>& pathspecs = {});

}  // namespace multilat::git
