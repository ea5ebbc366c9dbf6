// Resolution of the shared options; the only place that reads the clock and the environment.
#include "cli/global_options.h"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>

#include "calendar/today.h"

namespace multilat::cli {
namespace fs = std::filesystem;

RecordsRoot find_records_root(const GlobalOptions& options) {
  std::error_code ec;
  if (!options.records.empty()) {
    if (!fs::is_directory(options.records, ec)) {
      throw UsageError(fmt::format("records folder '{}' does not exist", options.records));
    }
    std::string display = options.records;
    while (display.size() > 1 && display.back() == '/') display.pop_back();
    return {fs::path(options.records), display};
  }
  fs::path cwd = fs::current_path(ec);
  for (fs::path dir = cwd; !ec; dir = dir.parent_path()) {
    if (fs::is_directory(dir / "records", ec)) {
      fs::path found = dir / "records";
      return {found, found.lexically_relative(cwd).generic_string()};
    }
    if (dir == dir.root_path() || dir.empty()) break;
  }
  throw UsageError("no records/ folder here or above; use --records DIR");
}

Date resolve_today(const GlobalOptions& options, const Settings& settings) {
  if (!options.today.empty()) {
    if (auto date = parse_date(options.today)) return *date;
    throw UsageError(
        fmt::format("today '{}' (from --today or MULTILAT_TODAY) is not a date; "
                    "write YYYY-MM-DD",
                    options.today));
  }
  try {
    return date_in_zone(settings.timezone, std::chrono::system_clock::now());
  } catch (const std::exception& error) {
    throw UsageError(
        fmt::format("{}: {}", settings.path.empty() ? "settings" : settings.path, error.what()));
  }
}

Language language_option(const std::string& lang, const Settings& settings) {
  if (lang == "fr") return Language::Fr;
  if (lang == "en") return Language::En;
  return settings.language;
}

bool use_color(const GlobalOptions& options, int fd) {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(fd) == 1;
}

}  // namespace multilat::cli
