// Renders the result of `multilat check`: text like a compiler, JSON, or GitHub annotations.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.h"
#include "render/format_table.h"

namespace multilat {

struct CheckTotals {
  std::size_t records = 0;
  std::size_t files = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t files_with_problems = 0;
};

CheckTotals count_totals(const std::vector<Diagnostic>& diagnostics, std::size_t records,
                         std::size_t files);

// Returns the text of a 1-based line of a file, for quoting it under the message.
using LineSource =
    std::function<std::optional<std::string>(const std::string& path, uint32_t line)>;

// A displayed path as CI platforms want it: from the top of the repository that holds the records.
using PathMap = std::function<std::string(const std::string& path)>;

struct TextStyle {
  bool color = false;
};

void render_check_text(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const CheckTotals& totals, const LineSource& lines, TextStyle style);
void render_check_json(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                       const CheckTotals& totals);
// GitLab's code quality report (a JSON array GitLab shows in merge requests): each problem with
// a fingerprint that stays the same while the problem does, so GitLab can tell new from fixed.
// `lines` gives the files as checked, for the field each problem is in (check_fingerprint.h).
void render_check_gitlab(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                         const LineSource& lines, const PathMap& to_repository);

void render_check_github(std::ostream& out, const std::vector<Diagnostic>& diagnostics,
                         const CheckTotals& totals, const PathMap& to_repository);
std::string summary_line(const CheckTotals& totals);

// What `check` prints, in whichever format. `heading` (--verbose) opens the text only; `lines`
// quote the text and fingerprint GitLab's problems; CI platforms want repository paths.
struct CheckOutput {
  const std::vector<Diagnostic>& diagnostics;
  CheckTotals totals;
  LineSource lines;
  PathMap to_repository;
  TextStyle style;
  std::string heading;
};
// The formats of `check`; text first.
const FormatTable<CheckOutput>& check_formats();

}  // namespace multilat
