// The one scanner: decides which files of a records source are records, and reports the others.
#pragma once

#include <optional>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/records_source.h"
#include "model/kind.h"
#include "model/str.h"

namespace multilat {

// Compact (no std::filesystem::path, which allocates per component) because 100k of them are
// held while the records load. The locator is a plain string so that it is freed after loading.
struct RecordFile {
  std::string path;  // the source's locator: a full path to open, or a git blob id
  Str display;       // the path as shown to the user
  Kind kind;
  Str id;  // the file name without .yaml or .yml
};

// How the paths under the records root are shown: the root as the user gave it, normalised
// ("./records/" shows as "records"), then the path under it; the path alone when the root is
// the current folder. Built once, so that showing ten thousand paths costs string joins only.
class DisplayRoot {
 public:
  explicit DisplayRoot(std::string_view display_root);
  std::string path(std::string_view relative) const { return prefix_ + std::string(relative); }
  // `display` without the root's part, when it starts with it.
  std::string_view relative(std::string_view display) const {
    return display.starts_with(prefix_) ? display.substr(prefix_.size()) : display;
  }

 private:
  std::string prefix_;  // "records/", or "" for the current folder
};

struct FileScan {
  std::vector<RecordFile> records;  // sorted by display path
  std::optional<RecordFile> settings;
  std::vector<Diagnostic> diagnostics;
};

// Every entry of `source`: the records, the settings, and a diagnostic for each file that is in
// the wrong place or cannot be a record. Hidden entries (.git, .gitkeep) are left out. `display_root`
// is how the root is shown in messages (e.g. "records").
FileScan scan_records(const RecordsSource& source, const std::string& display_root);

// One entry as the scan classifies it, for the commands that meet files one by one (`diff`).
FileScan scan_entry(SourceEntry entry, const std::string& display_root);

// A record's id from its path: the file name without its extension ("meetings/2027/crga-57.yaml"
// gives "crga-57").
std::string stem_of(std::string_view path);

// True for a path whose file name is one of kSettingsFileNames.
bool is_settings_file(std::string_view path);

// The extensions of records' file names.
inline constexpr std::array<std::string_view, 2> kRecordExtensions{".yaml", ".yml"};

// The file names of records: one of kRecordExtensions.
bool is_record_extension(std::string_view path);

}  // namespace multilat
