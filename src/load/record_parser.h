// Turns one record file's bytes into a typed record and its diagnostics.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "check/diagnostic.h"
#include "load/record_files.h"
#include "model/records.h"
#include "model/settings.h"

namespace multilat {

using AnyRecord = std::variant<Organisation, Entity, Meeting, Prospect>;

struct ParsedRecord {
  std::optional<AnyRecord> record;  // absent when the file could not be read as a mapping
  std::vector<Diagnostic> diagnostics;
};

// The file's bytes, at most `max_bytes`; a larger or unreadable file is reported in `out`.
std::optional<std::string> read_bounded(const RecordFile& file, std::size_t max_bytes,
                                        std::vector<Diagnostic>& out);

// Reads at most `max_bytes`; a larger file is reported, not read.
ParsedRecord read_record(const RecordFile& file, std::size_t max_bytes);
// Parsing and binding alone, for bytes that come from elsewhere (a git blob, a test).
ParsedRecord parse_record(std::string_view bytes, const RecordFile& file);

struct ParsedSettings {
  Settings settings;
  std::vector<Diagnostic> diagnostics;
};
ParsedSettings read_settings(const RecordFile& file);
// The settings from bytes that come from elsewhere (a git blob, a fuzzer).
ParsedSettings parse_settings(std::string_view bytes, const RecordFile& file);

}  // namespace multilat
