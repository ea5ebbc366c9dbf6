// `multilat hooks install`: a pre-commit hook that checks what is staged, and multilat as git's
// diff driver for record files, so that `git diff` and `git log -p` show semantic changes.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "git/git_source.h"
#include "i18n/tr.h"
#include "util/atomic_file.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

namespace fs = std::filesystem;
using i18n::tr;

struct HooksOptions {
  bool force = false;
  bool no_diff_driver = false;
};

// A word for the shell, inside single quotes (a quote in it closes, escapes and reopens them).
std::string shell_quoted(const std::string& text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

fs::path this_binary() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path("multilat") : exe;
}

std::string hook_script(const fs::path& binary, const std::string& folder) {
  return fmt::format(
      "#!/bin/sh\n"
      "# Installed by `multilat hooks install`. Checks the records as they are staged for this\n"
      "# commit (the index, not the working tree): the files changed and those whose diagnostics\n"
      "# they alter. An error stops the commit; `git commit --no-verify` skips the check once.\n"
      "exec {} --records {} check --staged --changed\n",
      shell_quoted(binary.string()), shell_quoted(folder.empty() ? "." : folder));
}

void install_hook(const git::Repository& repo, const std::string& folder, bool force) {
  fs::path hook = repo.hooks_folder() / "pre-commit";
  std::error_code ec;
  if (fs::exists(fs::symlink_status(hook, ec)) && !force) {
    throw UsageError(tr("hooks.exists", fmt::arg("file", visible_text(hook.string()))));
  }
  fs::create_directories(hook.parent_path(), ec);
  write_file_atomically(hook, hook_script(this_binary(), folder), true);
  fs::permissions(hook, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                  fs::perm_options::add, ec);
  std::cout << tr("hooks.installed", fmt::arg("file", visible_text(hook.string()))) << '\n';
}

// git runs the driver for the files .gitattributes gives `diff=multilat`; other files keep
// git's own diff.
void install_diff_driver(const git::Repository& repo, const std::string& folder) {
  repo.set_local_config("diff.multilat.command", shell_quoted(this_binary().string()) + " diff");
  fs::path attributes = repo.workdir() / ".gitattributes";
  std::string prefix = folder.empty() ? "" : folder + "/";
  std::string line = fmt::format("{}**/*.yaml diff=multilat", prefix);
  std::string content = read_file_if_exists(attributes).value_or("");
  if (content.find(line) == std::string::npos) {
    if (!content.empty() && content.back() != '\n') content += '\n';
    content += line + '\n';
    write_file_atomically(attributes, content, true);
  }
  std::cout << tr("hooks.diff-driver", fmt::arg("line", line)) << '\n';
}

int run_hooks_install(const GlobalOptions& global, const HooksOptions& o) {
  RecordsRoot root = find_records_root(global);
  i18n::set_language(resolve_language(global.lang, &root.path));
  try {
    git::Repository repo = git::Repository::discover(root.path);
    std::string folder = git::folder_in_repository(repo, root.path);
    install_hook(repo, folder, o.force);
    if (!o.no_diff_driver) install_diff_driver(repo, folder);
  } catch (const git::GitError& e) {
    throw UsageError(e.what());
  } catch (const std::runtime_error& e) {
    throw UsageError(e.what());
  }
  return 0;
}

}  // namespace

void add_hooks_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  CLI::App* cmd = app.add_subcommand("hooks", tr("help.hooks"));
  cmd->require_subcommand(1);
  auto o = std::make_shared<HooksOptions>();
  CLI::App* install = cmd->add_subcommand("install", tr("help.hooks.install"));
  install->add_flag("--force", o->force, tr("help.hooks.force"));
  install->add_flag("--no-diff-driver", o->no_diff_driver, tr("help.hooks.no-diff-driver"));
  install->footer(tr("help.hooks.footer"));
  install->callback([&global, &outcome, o] { outcome.exit_code = run_hooks_install(global, *o); });
}

}  // namespace multilat::cli
