// `multilat init [DIR]`: starts a records repository for a new desk.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <vector>

#include "cli/commands.h"
#include "cli/parse_errors.h"
#include "cli/safe_destination.h"
#include "i18n/error_text.h"
#include "i18n/tr.h"
#include "scaffold/init_repo.h"
#include "util/atomic_file.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

namespace fs = std::filesystem;
using i18n::tr;

struct InitOptions {
  std::string dir = ".";
};

void create_folder(const fs::path& folder, const std::string& shown) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) {
    throw UsageError(
        tr("init.cannot-create", fmt::arg("dir", shown), fmt::arg("reason", system_reason(ec))));
  }
}

// A link to nothing is there too: nothing is ever written through it.
bool exists_or_dangles(const fs::path& path) { return fs::exists(fs::symlink_status(path)); }

// A file of the project under the folder as the user named it: "../desk/README.md".
std::string shown_path(const std::string& shown_dir, const scaffold::PlannedFile& file) {
  return (fs::path(shown_dir) / file.path).lexically_normal().generic_string();
}

// Every destination is judged before the first write, so that a refusal leaves no half-made
// project that a second `init` would then refuse for its records folder. The folder the user
// names is trusted, even through a link; nothing under it is.
void refuse_unsafe_files(const fs::path& dir, const std::string& shown,
                         const std::vector<scaffold::PlannedFile>& files) {
  TreePolicy policy(dir);
  for (const scaffold::PlannedFile& file : files) {
    fs::path target = dir / file.path;
    if (!exists_or_dangles(target)) {
      refuse_unsafe_destination(policy, target, shown_path(shown, file), shown);
    }
  }
}

// A file already there is the user's and is kept.
void write_new_files(const fs::path& dir, const std::string& shown,
                     const std::vector<scaffold::PlannedFile>& files) {
  for (const scaffold::PlannedFile& file : files) {
    fs::path target = dir / file.path;
    std::string display = shown_path(shown, file);
    if (exists_or_dangles(target)) {
      std::cout << tr("init.kept", fmt::arg("file", display)) << '\n';
      continue;
    }
    create_folder(target.parent_path(), display);
    write_file_atomically(target, file.content, false);
    std::cout << tr("init.written", fmt::arg("file", display)) << '\n';
  }
}

int run_init(const GlobalOptions& global, const InitOptions& o) {
  if (!global.lang.empty()) i18n::set_language(global.lang == "en" ? Language::En : Language::Fr);
  fs::path dir(o.dir);
  std::string shown = visible_text(o.dir);
  // An existing records folder is the desk's data: never touched, whatever is in it.
  if (exists_or_dangles(dir / "records")) {
    throw UsageError(tr("init.records-exist", fmt::arg("dir", shown)));
  }
  create_folder(dir, shown);
  std::vector<scaffold::PlannedFile> files = scaffold::repository_files(i18n::language());
  refuse_unsafe_files(dir, shown, files);
  write_new_files(dir, shown, files);
  std::string cd = dir.lexically_normal() == "." ? "" : fmt::format("  cd {}\n", shown);
  std::cout << '\n' << tr("init.next", fmt::arg("cd", cd)) << '\n';
  return 0;
}

}  // namespace

void add_init_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<InitOptions>();
  CLI::App* cmd = app.add_subcommand("init", tr("help.init"));
  cmd->add_option("dir", o->dir, tr("help.init.dir"))->option_text(tr("help.metavar.dir"));
  cmd->footer(tr("help.init.footer"));
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_init(global, *o); });
}

}  // namespace multilat::cli
