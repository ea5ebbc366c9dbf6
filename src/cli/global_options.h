// Options every command shares, and what they resolve to: the records root, today, colour.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "model/date.h"
#include "model/settings.h"

namespace multilat::cli {

// A usage or I/O error: printed as "multilat: ..." and exit code 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct GlobalOptions {
  std::string records;  // --records or MULTILAT_RECORDS
  std::string today;    // --today or MULTILAT_TODAY
  std::string color = "auto";
  std::string lang;  // --lang or MULTILAT_LANG; empty: the settings' language
  std::string as_of;  // --as-of REV: the records as that git revision holds them
  bool staged = false;  // the records as staged in git's index (check --staged, the hook)
};

struct RecordsRoot {
  std::filesystem::path path;
  std::string display;  // as paths are shown to the user
};

// --records, else the records/ folder of the project the current directory is in: the nearest
// records/ walking up, or the records/ folder the current directory is itself in.
RecordsRoot find_records_root(const GlobalOptions& options);

// Why a date given on the command line was refused: a day that does not exist (2026-02-30), or
// text that is not written YYYY-MM-DD.
std::string date_problem(std::string_view text, std::string_view option);

// --today, else today's date in the settings' time zone, whatever the machine's zone.
Date resolve_today(const GlobalOptions& options, const Settings& settings);

// --lang when given (fr or en), else the language of the settings under `root`, else French.
Language resolve_language(const std::string& lang, const std::filesystem::path* root);

// The language of the run before the command line is parsed, so that help and parse errors
// follow it too: a --lang or --records found in argv, the environment, then the settings.
Language early_language(int argc, char** argv);

// A command that cannot read the records at a revision (diff, changes, new, init, hooks, and those
// that read no records) refuses --as-of rather than silently ignoring it; the others return.
// Called once the command line is parsed, before any command runs. Throws UsageError, in the
// language already set.
void refuse_as_of(const GlobalOptions& options, std::string_view command);

// Colour only when asked, or on a terminal without NO_COLOR.
bool use_color(const GlobalOptions& options, int fd);

}  // namespace multilat::cli
