// Options every command shares, and what they resolve to: the records root, today, colour.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

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
};

struct RecordsRoot {
  std::filesystem::path path;
  std::string display;  // as paths are shown to the user
};

// --records, else the nearest records/ folder walking up from the current directory.
RecordsRoot find_records_root(const GlobalOptions& options);

// --today, else today's date in the settings' time zone, whatever the machine's zone.
Date resolve_today(const GlobalOptions& options, const Settings& settings);

// --lang when given (fr or en), else the settings' language.
Language language_option(const std::string& lang, const Settings& settings);

// Colour only when asked, or on a terminal without NO_COLOR.
bool use_color(const GlobalOptions& options, int fd);

}  // namespace multilat::cli
