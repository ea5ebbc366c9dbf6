// Loads a records tree into a Store: read, parse and bind every file in parallel.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "check/diagnostic.h"
#include "load/record_files.h"
#include "model/store.h"

namespace multilat {

struct LoadOptions {
  std::filesystem::path root;
  std::string display_root = "records";  // how paths are shown in messages
  unsigned threads = 0;                  // 0: one per core
};

struct LoadResult {
  Store store;
  std::vector<Diagnostic> diagnostics;  // unsorted
  std::size_t files_read = 0;
};

LoadResult load_records(const LoadOptions& options);

// Files already read from elsewhere (a git revision): `record_bytes[i]` is the content of
// `scan.records[i]`, and the settings' content goes with `scan.settings`.
struct FilesInMemory {
  FileScan scan;
  std::vector<std::string> record_bytes;
  std::optional<std::string> settings_bytes;
};
LoadResult load_records(FilesInMemory files, unsigned threads = 0);

// The language of the settings file under `root` (records/multilat.yaml), French when there is
// none or it cannot be read. Read before the records so that their messages are in it.
Language settings_language(const std::filesystem::path& root);

}  // namespace multilat
