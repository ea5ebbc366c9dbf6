// The terminal's width: COLUMNS first, so that users and tests can pin it, then the tty itself.
#include "cli/terminal_width.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "cli/parse_errors.h"
#include "i18n/tr.h"

namespace multilat::cli {
namespace {

constexpr std::size_t kDefaultWidth = 100;
constexpr std::size_t kMaxWidth = 10000;  // beyond this COLUMNS is garbage, not a screen

std::optional<std::size_t> columns_variable() {
  const char* value = std::getenv("COLUMNS");
  if (!value) return std::nullopt;
  std::string_view text(value);
  std::size_t width = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), width);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (width == 0 || width > kMaxWidth) return std::nullopt;
  return width;
}

std::optional<std::size_t> tty_width() {
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return std::nullopt;
  return size.ws_col;
}

}  // namespace

std::size_t terminal_width() {
  if (auto width = columns_variable()) return *width;
  if (auto width = tty_width()) return *width;
  return kDefaultWidth;
}

void add_width_option(CLI::App& cmd, std::size_t& width) {
  cmd.add_option("--width", width, i18n::tr("help.width"))
      ->check(in_range(1, static_cast<long>(kMaxWidth)))
      ->option_text("N");
}

std::size_t table_width(std::size_t requested, bool to_stdout) {
  if (requested > 0) return requested;
  if (!to_stdout) return 0;
  if (auto width = columns_variable()) return *width;
  if (isatty(STDOUT_FILENO) != 1) return 0;
  if (auto width = tty_width()) return *width;
  return kDefaultWidth;
}

}  // namespace multilat::cli
