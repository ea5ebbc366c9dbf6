// Turns one record file's bytes into a typed record and its diagnostics.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "load/record_files.h"
#include "load/yaml_tree.h"
#include "model/records.h"
#include "model/settings.h"

namespace multilat {

using AnyRecord = std::variant<Organisation, Entity, Meeting, Prospect>;

struct ParsedRecord {
  std::optional<AnyRecord> record;  // absent when the file could not be read as a mapping
  std::vector<Diagnostic> diagnostics;
};

// Parsing and binding: the bytes come from a records source, a test or a fuzzer.
ParsedRecord parse_record(std::string_view bytes, const RecordFile& file);
// The same from the bytes' document, for a caller that keeps the tree too (show, review): the
// file is parsed once. The document's issues are reported as the bytes' parse would.
ParsedRecord parse_record(const yaml::ParseResult& document, const RecordFile& file);

struct ParsedSettings {
  Settings settings;
  std::vector<Diagnostic> diagnostics;
};
ParsedSettings parse_settings(std::string_view bytes, const RecordFile& file);
ParsedSettings parse_settings(const yaml::ParseResult& document, const RecordFile& file);

}  // namespace multilat
