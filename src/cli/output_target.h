// Where a command's output goes: stdout, or a file written atomically whose extension names
// the format. Shared by the commands that export (deadlines, agenda, list, show, diff…).
#pragma once

#include <string>
#include <vector>

#include "render/format_table.h"

namespace multilat::cli {

struct OutputTarget {
  std::string file;    // -o FILE; empty for stdout
  std::string format;  // --format; empty to take it from the file's extension
  bool force = false;  // --force: replace an existing file
};

// The format to use: --format, else the extension of -o (.md .csv .json .ics; .txt is table),
// else `fallback`. Throws UsageError for an extension that names no known format.
std::string resolve_format(const OutputTarget& target, const std::vector<std::string>& known,
                           const std::string& fallback);
// The same for a command's table of formats, whose first row is the fallback.
template <class... Inputs>
std::string resolve_format(const OutputTarget& target, const FormatTable<Inputs...>& formats) {
  std::vector<std::string> known = formats.names();
  return resolve_format(target, known, known.front());
}

// Throws UsageError when -o names an existing file and --force is not given: a command whose
// output is slow to make (a converted document) says so before making it.
void refuse_existing_output(const OutputTarget& target);

// Prints `content` to stdout, or writes it to the file atomically. Refuses to replace an
// existing file unless --force, so an export never destroys a file by accident.
void emit_output(const OutputTarget& target, const std::string& content);

}  // namespace multilat::cli
