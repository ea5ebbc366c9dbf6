// `check --changed` without checking everything: only the files a change can affect are parsed
// and checked, with the records their diagnostics depend on, so that each file reported has
// exactly the diagnostics the full check gives it.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <unordered_map>
#include <optional>
#include <string>
#include <vector>

#include "check/diagnostic.h"
#include "check/facts_cache.h"
#include "load/loader.h"
#include "model/date.h"

namespace multilat {

// The revision the change is measured from: each file's content there, by path relative to the
// records root, read on demand, and its blob id ("hash") for comparing without reading.
struct BaseRevision {
  // path -> hex blob id, for every file under the root; looked up by string_view too.
  struct PathHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, PathHash, std::equal_to<>> hashes;
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
  // A file's blob id when it is known without reading the file: the index's entry, or a
  // working-tree file whose stat data the index vouches for. Optional.
  std::function<std::optional<std::string>(const RecordFile& file)> known_hash;
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
// diagnostic: the caller then checks everything. `cache` gives the facts of the files seen
// before and takes those of the others.
std::optional<ChangedCheck> check_changed(CurrentFiles current, const std::string& display_root,
                                          const BaseRevision& base,
                                          const std::function<Date(const Settings&)>& today,
                                          FactsCache& cache);

}  // namespace multilat
