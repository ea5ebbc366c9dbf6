// `multilat hooks install|uninstall`: a pre-commit hook that checks what is staged, and multilat
// as git's diff driver for record files. Both commands can run any number of times; a hook
// someone else wrote is kept and run first, and uninstall puts it back.
#include <fmt/format.h>

#include <cstdlib>
#include <functional>
#include <iostream>
#include <optional>

#include "cli/commands.h"
#include "cli/hooks_setup.h"
#include "git/git_source.h"
#include "hooks/hook_file.h"
#include "hooks/hook_script.h"
#include "i18n/error_text.h"
#include "i18n/tr.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

namespace fs = std::filesystem;
using i18n::tr;

struct HooksOptions {
  bool force = false;  // kept for older scripts: a hook already there is never replaced now
  bool hook_only = false;
  bool driver_only = false;
};

std::string shown(const fs::path& path) { return visible_text(path.string()); }

fs::path this_binary() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path("multilat") : exe;
}

// `command` is the hooks command run ("hooks install"), which needs git.
HooksSetup open_setup(const GlobalOptions& global, std::string_view command) {
  RecordsRoot root = find_records_root(global);
  i18n::set_language(resolve_language(global.lang, &root.path));
  git::Repository repo = git::Repository::discover(root.path, command);
  std::string folder = git::folder_in_repository(repo, root.path);
  git::LocalConfig config(repo);
  return HooksSetup{std::move(repo), std::move(config), folder, this_binary()};
}

// core.hooksPath as git takes it: `~/` is the home folder, a relative path starts at the top of
// the working tree.
fs::path expanded(const std::string& value, const fs::path& workdir) {
  const char* home = std::getenv("HOME");
  if (value.rfind("~/", 0) == 0 && home) return fs::path(home) / value.substr(2);
  fs::path path(value);
  return (path.is_absolute() ? path : workdir / path).lexically_normal();
}

bool same_folder(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

// Where git runs hooks from; `chosen` holds core.hooksPath when it sends them elsewhere than the
// repository's own hooks folder.
struct HooksFolder {
  fs::path path;
  std::optional<git::ConfigValue> chosen;
};

HooksFolder hooks_folder(const HooksSetup& setup) {
  fs::path standard = setup.config.common_dir() / "hooks";
  auto chosen = setup.config.lookup("core.hooksPath");
  if (!chosen || chosen->value.empty()) return {standard, std::nullopt};
  fs::path path = expanded(chosen->value, setup.repo.workdir());
  if (same_folder(path, standard)) return {standard, std::nullopt};
  return {path, chosen};
}

// A refusal names the line to add by hand and where, and promises that nothing changed.
template <class... Args>
[[noreturn]] void refuse(const char* key, const HooksSetup& setup, const Args&... args) {
  std::string line = hooks::manual_line(setup.binary, setup.folder);
  throw UsageError(tr(key, args...) + "\n    " + line + "\n" + tr("hooks.nothing-changed"));
}

// A folder that core.hooksPath chose belongs to someone else: a tool that rewrites it (the
// pre-commit framework, husky), the project's tracked scripts, or every repository of the user.
[[noreturn]] void refuse_chosen_folder(const HooksSetup& setup, const HooksFolder& where) {
  const char* origin = where.chosen->local ? "hooks.origin.local" : "hooks.origin.user";
  refuse("hooks.refuse-hooks-path", setup, fmt::arg("origin", tr(origin)),
         fmt::arg("folder", shown(where.path)), fmt::arg("file", shown(where.path / "pre-commit")));
}

// A link is someone's way of sharing a script: the line goes in the script it leads to.
[[noreturn]] void refuse_not_regular(const HooksSetup& setup, const hooks::HookFile& hook) {
  std::error_code ec;
  bool link = fs::is_symlink(fs::symlink_status(hook.path, ec));
  fs::path target = link ? fs::weakly_canonical(hook.path, ec) : hook.path;
  refuse("hooks.refuse-not-regular", setup, fmt::arg("file", shown(hook.path)),
         fmt::arg("target", shown(target)));
}

// The hook file to write, once every reason to refuse has been ruled out.
hooks::HookFile hook_to_install(const HooksSetup& setup) {
  HooksFolder where = hooks_folder(setup);
  if (where.chosen) refuse_chosen_folder(setup, where);
  hooks::HookFile hook = hooks::inspect_hook(where.path);
  if (hook.state == hooks::HookState::NotRegular) refuse_not_regular(setup, hook);
  if (hook.state == hooks::HookState::Foreign && hook.legacy_taken) {
    refuse("hooks.refuse-legacy-taken", setup, fmt::arg("file", shown(hook.path)),
           fmt::arg("legacy", shown(hook.legacy)));
  }
  return hook;
}

void install_hook(const HooksSetup& setup, const hooks::HookFile& hook) {
  auto written = hooks::write_hook(hook, hooks::hook_script(setup.binary, setup.folder));
  const char* key = written == hooks::HookWritten::Unchanged ? "hooks.hook-unchanged"
                    : written == hooks::HookWritten::Updated ? "hooks.hook-updated"
                                                             : "hooks.hook-installed";
  std::cout << tr(key, fmt::arg("file", shown(hook.path))) << '\n';
  if (written == hooks::HookWritten::KeptExisting) {
    std::cout << tr("hooks.hook-kept", fmt::arg("legacy", shown(hook.legacy))) << '\n';
  }
}

void uninstall_hook(const HooksSetup& setup) {
  HooksFolder where = hooks_folder(setup);
  hooks::HookFile hook = hooks::inspect_hook(where.path);
  const char* key = "hooks.hook-absent";
  switch (hooks::remove_hook(hook)) {
    case hooks::HookRemoved::Removed:
      key = "hooks.hook-removed";
      break;
    case hooks::HookRemoved::Restored:
      key = "hooks.hook-restored";
      break;
    case hooks::HookRemoved::NotMultilat:
      key = "hooks.hook-not-multilat";
      break;
    case hooks::HookRemoved::Absent:
      break;
  }
  std::cout << tr(key, fmt::arg("file", shown(hook.path))) << '\n';
}

// libgit2 and file errors become exit 2 with their message.
int guarded(const std::function<void()>& run) {
  try {
    run();
  } catch (const git::GitError& e) {
    throw UsageError(e.what());
  } catch (const UsageError&) {
    throw;
  } catch (const std::runtime_error& e) {  // the file system's errors too
    throw UsageError(error_text(e));
  }
  return 0;
}

// Checked here rather than with CLI11's excludes(), whose message is in English only.
void check_parts(const HooksOptions& o) {
  if (o.hook_only && o.driver_only) throw UsageError(tr("hooks.one-part"));
}

// Every refusal comes before the first change: the hook's place is checked, then the driver's
// .gitattributes, and only then is anything written.
int run_install(const GlobalOptions& global, const HooksOptions& o) {
  check_parts(o);
  return guarded([&] {
    HooksSetup setup = open_setup(global, "hooks install");
    std::optional<hooks::HookFile> hook;
    if (!o.driver_only) hook = hook_to_install(setup);
    if (!o.hook_only) install_diff_driver(setup);
    if (hook) install_hook(setup, *hook);
  });
}

int run_uninstall(const GlobalOptions& global, const HooksOptions& o) {
  check_parts(o);
  return guarded([&] {
    HooksSetup setup = open_setup(global, "hooks uninstall");
    if (!o.driver_only) uninstall_hook(setup);
    if (!o.hook_only) uninstall_diff_driver(setup);
  });
}

// `--no-diff-driver`, the older name of `--hook-only`, still works for install.
void add_part_flags(CLI::App* cmd, HooksOptions& o, const char* hook_names) {
  cmd->add_flag(hook_names, o.hook_only, tr("help.hooks.hook-only"));
  cmd->add_flag("--driver-only", o.driver_only, tr("help.hooks.driver-only"));
}

}  // namespace

void add_hooks_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  CLI::App* cmd = app.add_subcommand("hooks", tr("help.hooks"));
  cmd->require_subcommand(1);
  cmd->footer(tr("help.hooks.commands-footer"));  // not the application's, which CLI11 copies
  auto o = std::make_shared<HooksOptions>();
  CLI::App* install = cmd->add_subcommand("install", tr("help.hooks.install"));
  add_part_flags(install, *o, "--hook-only,--no-diff-driver");
  install->add_flag("--force", o->force, tr("help.hooks.force"));
  install->footer(tr("help.hooks.footer"));
  install->callback([&global, &outcome, o] { outcome.exit_code = run_install(global, *o); });
  CLI::App* uninstall = cmd->add_subcommand("uninstall", tr("help.hooks.uninstall"));
  add_part_flags(uninstall, *o, "--hook-only");
  uninstall->footer(tr("help.hooks.uninstall-footer"));
  uninstall->callback([&global, &outcome, o] { outcome.exit_code = run_uninstall(global, *o); });
}

}  // namespace multilat::cli
