// `check --changed` without checking everything: only the files a change can affect are parsed
// and checked, with the records their diagnostics depend on, so that each file reported has
// exactly the diagnostics the full check gives it.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/diagnostic.h"
#include "load/loader.h"
#include "model/date.h"

namespace multilat {

// The revision the change is measured from: each file's content there, by path relative to the
// records root, read on demand, and its blob id ("hash") for comparing without reading.
struct BaseRevision {
  std::map<std::string, std::string> hashes;  // path -> hex blob id, for every file under the root
  std::function<std::optional<std::string>(const std::string& path)> read;
  // The blob id git gives `bytes`, to compare a working-tree file with the revision's.
  std::function<std::string(std::string_view bytes)> hash;
};

// The side being checked: the working tree's files, or the index's entries. `read` gives a
// file's bytes, at most `max_bytes`, and reports in `out` why it cannot.
struct CurrentFiles {
  FileScan scan;
  std::function<std::optional<std::string>(const RecordFile& file, std::size_t max_bytes,
                                           std::vector<Diagnostic>& out)>
      read;
};

// The working tree under `root`, read through the records tree's policy.
CurrentFiles working_tree_files(const std::filesystem::path& root, const std::string& display_root);

struct ChangedCheck {
  LoadResult loaded;  // the records checked: the affected ones and their neighbours
  Date today;
  std::vector<Diagnostic> diagnostics;   // only those of the files reported, sorted
};

// The changed files are found by comparing each working-tree file's blob id with the base's (a
// rename is a removal and an addition, which is all a check needs). The files reported are: the
// changed files, the files that refer to an id a changed file had or has, the files sharing
// such an id, and the meetings that share a delegate with a changed meeting before or after the
// change (a clash ties them). Nothing when the settings changed, which can alter every
// diagnostic: the caller then checks everything.
std::optional<ChangedCheck> check_changed(CurrentFiles current, const std::string& display_root,
                                          const BaseRevision& base,
                                          const std::function<Date(const Settings&)>& today);

}  // namespace multilat
