// Declaring multilat as git's diff driver and taking the declaration back out, so that running
// either twice changes nothing and the user's other attributes stay as they were.
#include <fmt/format.h>

#include <iostream>

#include "cli/global_options.h"
#include "cli/hooks_setup.h"
#include "hooks/attributes.h"
#include "hooks/hook_script.h"
#include "i18n/tr.h"
#include "util/atomic_file.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

namespace fs = std::filesystem;
using i18n::tr;

constexpr const char* kCommandKey = "diff.multilat.command";

// git runs the driver for the files this line gives `diff=multilat`; other files keep git's diff.
std::string attribute_line(const std::string& folder) {
  return fmt::format("{}**/*.yaml diff=multilat", folder.empty() ? "" : folder + "/");
}

fs::path attributes_file(const HooksSetup& setup) {
  return setup.repo.workdir() / ".gitattributes";
}

// A link is left alone: replacing it would cut it off from the file it shares.
std::string read_attributes(const fs::path& file, const std::string& line) {
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(file, ec))) {
    throw UsageError(tr("hooks.attributes-link", fmt::arg("file", visible_text(file.string())),
                        fmt::arg("line", line)));
  }
  return read_file_if_exists(file).value_or("");
}

// A file left empty goes: it held nothing but multilat's line.
bool remove_attribute(const fs::path& file, const std::string& line) {
  std::string text = read_attributes(file, line);
  if (!hooks::has_line(text, line)) return false;
  std::string kept = hooks::without_line(text, line);
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
  std::string line = attribute_line(setup.folder);
  std::string text = read_attributes(file, line);  // a refusal comes before any change
  bool changed = set_command(setup);
  if (!hooks::has_line(text, line)) {
    write_file_atomically(file, hooks::with_line(text, line), true);
    changed = true;
  }
  std::cout << tr(changed ? "hooks.diff-driver" : "hooks.driver-unchanged", fmt::arg("line", line))
            << '\n';
}

void uninstall_diff_driver(const HooksSetup& setup) {
  std::string line = attribute_line(setup.folder);
  bool changed = setup.config.remove_section("diff", "multilat") > 0;
  changed = remove_attribute(attributes_file(setup), line) || changed;
  std::cout << tr(changed ? "hooks.driver-removed" : "hooks.driver-absent", fmt::arg("line", line))
            << '\n';
}

}  // namespace multilat::cli
