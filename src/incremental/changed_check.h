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

#include "diagnostics/diagnostic.h"
#include "incremental/facts_cache.h"
#include "load/loader.h"
#include "load/records_source.h"
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
std::optional<ChangedCheck> check_changed(const RecordsSource& current, const std::string& display_root,
                                          const BaseRevision& base,
                                          const std::function<Date(const Settings&)>& today,
                                          FactsCache& cache);

}  // namespace multilat
