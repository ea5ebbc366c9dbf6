// Finds the record files under a records root and reports anything that is not one.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "check/diagnostic.h"
#include "model/kind.h"
#include "model/str.h"

namespace multilat {

// Compact (no std::filesystem::path, which allocates per component) because 100k of them are
// held while the records load. The path is a plain string so that it is freed after loading.
struct RecordFile {
  std::string path;  // to open the file, in the platform's encoding
  Str display;       // the path as shown to the user
  Kind kind;
  Str id;  // the file name without .yaml or .yml
};

struct FileScan {
  std::vector<RecordFile> records;  // sorted by display path
  std::optional<RecordFile> settings;
  std::vector<Diagnostic> diagnostics;
};

// `display_root` is how the root is shown in messages (e.g. "records").
FileScan scan_records(const std::filesystem::path& root, const std::string& display_root);

}  // namespace multilat
