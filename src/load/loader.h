// Loads a records tree into a Store: read, parse and bind every file in parallel.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/record_files.h"
#include "load/records_source.h"
#include "load/yaml_tree.h"
#include "model/store.h"

namespace multilat {

struct LoadResult {
  Store store;
  std::vector<Diagnostic> diagnostics;  // unsorted
  std::size_t files_read = 0;
  // The YAML tree of each file LoadOptions::trees_of asked for, by displayed path.
  std::map<std::string, yaml::Node, std::less<>> trees;
};

struct LoadOptions {
  unsigned threads = 0;  // 0: one per core
  // The id of the files whose YAML tree the load keeps, for a command that displays it (show)
  // and would otherwise read and parse the file again. Only those: `check` on 100k records
  // must not hold every file's tree.
  std::string trees_of{};
};

// Every record of `source`: the settings first, which set the size limit and the language, then
// the records, in parallel. `display_root` is how the root is shown in messages ("records").
LoadResult load_records(const RecordsSource& source, const std::string& display_root, const LoadOptions& options = {});

// A subset of a source already read (the neighbourhood `check --changed` checks):
// `record_bytes[i]` is the content of `scan.records[i]`, the settings' content goes with
// `scan.settings`.
struct FilesInMemory {
  FileScan scan;
  std::vector<std::string> record_bytes;
  std::optional<std::string> settings_bytes;
};
LoadResult load_records(FilesInMemory files, unsigned threads = 0);

// The settings of `source` alone, with the diagnostics of reading them; the defaults when there
// are none. Read before the records: they set the size limit and the language of messages.
struct SourceSettings {
  Settings settings;
  std::optional<RecordFile> file;
  std::optional<std::string> bytes;
  std::vector<Diagnostic> diagnostics;
};
SourceSettings read_source_settings(const RecordsSource& source, const FileScan& scan);

// The settings of `source` as load_records reads them before the records (its multilat.yaml,
// within the limit the settings cannot raise, the size limit within its ceiling); the defaults
// when there are none or they cannot be read. For the commands that read a few files of a
// source, not all of it (`diff`, `changes`), so that their size limit is check's.
Settings settings_of(const RecordsSource& source);

// The language of the settings file under `root` (records/multilat.yaml), French when there is
// none or it cannot be read. Read before the records so that their messages are in it.
Language settings_language(const std::filesystem::path& root);

}  // namespace multilat
