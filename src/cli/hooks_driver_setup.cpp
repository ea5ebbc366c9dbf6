// Declaring multilat as git's diff driver and taking the declaration back out, so that running
// either twice changes nothing and the user's other attributes stay as they were.
#include <fmt/format.h>

#include <fmt/ranges.h>

#include <iostream>
#include <vector>

#include "cli/global_options.h"
#include "cli/hooks_setup.h"
#include "hooks/attributes.h"
#include "hooks/hook_script.h"
#include "i18n/tr.h"
#include "load/record_files.h"
#include "util/atomic_file.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

namespace fs = std::filesystem;
using i18n::tr;

constexpr const char* kCommandKey = "diff.multilat.command";

// git runs the driver for the files these lines give `diff=multilat`, one line per extension a
// record may have; other files keep git's diff.
std::vector<std::string> attribute_lines(const std::string& folder) {
  std::vector<std::string> lines;
  for (std::string_view extension : kRecordExtensions) {
    lines.push_back(fmt::format("{}**/*{} diff=multilat", folder.empty() ? "" : folder + "/", extension));
  }
  return lines;
}

std::string lines_text(const std::vector<std::string>& lines) { return fmt::format("{}", fmt::join(lines, ", ")); }

fs::path attributes_file(const HooksSetup& setup) {
  return setup.repo.workdir() / ".gitattributes";
}

// A link is left alone: replacing it would cut it off from the file it shares.
std::string read_attributes(const fs::path& file, const std::vector<std::string>& lines) {
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(file, ec))) {
    // Lines to paste, one under the other, indented like the other hooks refusals' lines.
    std::string to_paste;
    for (const std::string& line : lines) to_paste += (to_paste.empty() ? "  " : "\n  ") + line;
    throw UsageError(tr("hooks.attributes-link", fmt::arg("file", visible_text(file.string())),
                        fmt::arg("line", to_paste)));
  }
  return read_file_if_exists(file).value_or("");
}

// A file left empty goes: it held nothing but multilat's lines.
bool remove_attributes(const fs::path& file, const std::vector<std::string>& lines) {
  std::string text = read_attributes(file, lines);
  std::string kept = text;
  for (const std::string& line : lines) kept = hooks::without_line(kept, line);
  if (kept == text) return false;
  if (kept.empty()) {
    fs::remove(file);
  } else {
    write_file_atomically(file, kept, true);
  }
  return true;
}

// Returns whether the setting changed.
bool set_command(const HooksSetup& setup) {
  std::string command = hooks::shell_quoted(setup.binary.string()) + " diff";
  if (setup.config.local(kCommandKey) == command) return false;
  setup.config.set(kCommandKey, command);
  return true;
}

}  // namespace

void install_diff_driver(const HooksSetup& setup) {
  fs::path file = attributes_file(setup);
  std::vector<std::string> lines = attribute_lines(setup.folder);
  const std::string text = read_attributes(file, lines);  // a refusal comes before any change
  std::string added = text;
  for (const std::string& line : lines) {
    if (!hooks::has_line(added, line)) added = hooks::with_line(added, line);
  }
  if (added != text) write_file_atomically(file, added, true);
  bool changed = set_command(setup) || added != text;
  std::cout << tr(changed ? "hooks.diff-driver" : "hooks.driver-unchanged",
                  fmt::arg("line", lines_text(lines)))
            << '\n';
}

void uninstall_diff_driver(const HooksSetup& setup) {
  std::vector<std::string> lines = attribute_lines(setup.folder);
  bool changed = setup.config.remove_section("diff", "multilat") > 0;
  changed = remove_attributes(attributes_file(setup), lines) || changed;
  std::cout << tr(changed ? "hooks.driver-removed" : "hooks.driver-absent",
                  fmt::arg("line", lines_text(lines)))
            << '\n';
}

}  // namespace multilat::cli
