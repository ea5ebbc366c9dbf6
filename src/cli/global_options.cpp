// Resolution of the shared options; the only place that reads the clock and the environment.
#include "cli/global_options.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string_view>

#include "calendar/today.h"
#include "i18n/tr.h"
#include "load/loader.h"

namespace multilat::cli {
namespace fs = std::filesystem;
namespace {

// The project folder `dir` belongs to: one holding records/, or records/ itself.
std::optional<fs::path> records_folder_at(const fs::path& dir) {
  std::error_code ec;
  if (fs::is_directory(dir / "records", ec)) return dir / "records";
  if (dir.filename() == "records" && fs::is_directory(dir, ec)) return dir;
  return std::nullopt;
}

std::optional<fs::path> nearest_records_folder() {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec) return std::nullopt;
  for (fs::path dir = cwd;; dir = dir.parent_path()) {
    if (auto found = records_folder_at(dir)) return found;
    if (dir == dir.root_path() || dir.empty()) return std::nullopt;
  }
}

std::optional<Language> language_code_of(std::string_view code) {
  if (code == "fr") return Language::Fr;
  if (code == "en") return Language::En;
  return std::nullopt;
}

// The value of `--name VALUE` or `--name=VALUE` in argv, the last one winning as in CLI11.
std::string option_in_argv(int argc, char** argv, std::string_view name) {
  std::string value;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;
    if (arg == name && i + 1 < argc) value = argv[++i];
    if (arg.size() > name.size() && arg.starts_with(name) && arg[name.size()] == '=') {
      value = std::string(arg.substr(name.size() + 1));
    }
  }
  return value;
}

std::string from_argv_or_env(int argc, char** argv, std::string_view name, const char* env) {
  std::string value = option_in_argv(argc, argv, name);
  if (value.empty()) {
    const char* set = std::getenv(env);
    if (set) value = set;
  }
  return value;
}

}  // namespace

RecordsRoot find_records_root(const GlobalOptions& options) {
  std::error_code ec;
  if (!options.records.empty()) {
    if (!fs::is_directory(options.records, ec)) {
      throw UsageError(i18n::tr("cli.records-missing", fmt::arg("dir", options.records)));
    }
    std::string display = options.records;
    while (display.size() > 1 && display.back() == '/') display.pop_back();
    return {fs::path(options.records), display};
  }
  auto found = nearest_records_folder();
  if (!found) throw UsageError(i18n::tr("cli.no-records-root"));
  fs::path cwd = fs::current_path(ec);
  std::string display = found->lexically_relative(cwd).generic_string();
  return {*found, display.empty() ? "." : display};
}

Date resolve_today(const GlobalOptions& options, const Settings& settings) {
  if (!options.today.empty()) {
    if (auto date = parse_date(options.today)) return *date;
    throw UsageError(date_problem(options.today, "--today (MULTILAT_TODAY)"));
  }
  try {
    return date_in_zone(settings.timezone, std::chrono::system_clock::now());
  } catch (const std::exception& error) {
    throw UsageError(
        fmt::format("{}: {}", settings.path.empty() ? "settings" : settings.path, error.what()));
  }
}

std::string date_problem(std::string_view text, std::string_view option) {
  if (looks_like_iso_date(text)) {
    return i18n::tr("cli.date-does-not-exist", fmt::arg("option", option), fmt::arg("date", text));
  }
  return i18n::tr("cli.date-not-iso", fmt::arg("option", option), fmt::arg("date", text));
}

Language resolve_language(const std::string& lang, const fs::path* root) {
  if (auto chosen = language_code_of(lang)) return *chosen;
  if (root) return settings_language(*root);
  return Language::Fr;
}

Language early_language(int argc, char** argv) {
  std::string lang = from_argv_or_env(argc, argv, "--lang", "MULTILAT_LANG");
  if (auto chosen = language_code_of(lang)) return *chosen;
  std::string records = from_argv_or_env(argc, argv, "--records", "MULTILAT_RECORDS");
  std::error_code ec;
  if (!records.empty()) {
    if (fs::is_directory(records, ec)) return settings_language(records);
    return Language::Fr;
  }
  if (auto found = nearest_records_folder()) return settings_language(*found);
  return Language::Fr;
}

bool use_color(const GlobalOptions& options, int fd) {
  if (options.color == "always") return true;
  if (options.color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  return isatty(fd) == 1;
}

}  // namespace multilat::cli

namespace multilat::cli {

namespace {

// The commands that cannot read the records as they were at a revision, each with its own reason
// (a key under cli.as-of-not-here.): silently reading the working tree instead would answer
// another question than the one asked.
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kNotAtRevision = {{
    {"diff", "diff"},
    {"changes", "changes"},
    {"new", "new"},
    {"init", "writes"},
    {"hooks", "writes"},
    {"rules", "no-records"},
    {"schema", "no-records"},
    {"completion", "no-records"},
    {"man", "no-records"},
}};

}  // namespace

void refuse_as_of(const GlobalOptions& options, std::string_view command) {
  if (options.as_of.empty()) return;
  auto found = std::find_if(kNotAtRevision.begin(), kNotAtRevision.end(),
                            [command](const auto& row) { return row.first == command; });
  if (found == kNotAtRevision.end()) return;
  throw UsageError(i18n::tr("cli.as-of-not-here", fmt::arg("command", command),
                            fmt::arg("why", i18n::tr(fmt::format("cli.as-of-not-here.{}", found->second)))));
}

}  // namespace multilat::cli
