// `multilat completion SHELL` prints the completion script, and the hidden
// `multilat __complete-ids SOURCE [WORD...]` gives the scripts the record ids to offer.
#include <algorithm>
#include <iostream>

#include "manual/command_model.h"
#include "cli/commands.h"
#include "load/worktree_source.h"
#include "cli/parse_errors.h"
#include "i18n/tr.h"
#include "load/record_files.h"
#include "manual/completion_script.h"

namespace multilat::cli {
namespace {

using i18n::tr;

struct IdsOptions {
  std::string source;
  std::vector<std::string> words;  // the positional arguments typed before the one completed
};

// The kinds whose ids SOURCE asks for; none when it names nothing known.
std::vector<Kind> kinds_of(const IdsOptions& o) {
  if (o.source == "all") return {kAllKinds.begin(), kAllKinds.end()};
  if (o.source == "report") {
    // `report org ID`, `report meeting ID`: the report names what its ID is.
    std::string report = o.words.empty() ? "" : o.words.front();
    if (report == "org") return {Kind::Organisation};
    if (report == "meeting") return {Kind::Meeting};
    return {};
  }
  if (auto kind = kind_from_name(o.source)) return {*kind};
  return {};
}

// Only file names are read, not the records: fast on a large tree, and a broken record still
// completes. Completion must never print an error into the user's command line: any failure
// (no records folder, unreadable tree) prints nothing and exits 0.
int print_ids(const GlobalOptions& global, const IdsOptions& o) {
  try {
    std::vector<Kind> kinds = kinds_of(o);
    if (kinds.empty()) return 0;
    RecordsRoot root = find_records_root(global);
    FileScan scan = scan_records(WorkingTreeSource(root.path), root.display);
    std::vector<std::string> ids;
    for (const RecordFile& file : scan.records) {
      bool wanted = std::find(kinds.begin(), kinds.end(), file.kind) != kinds.end();
      if (wanted && is_valid_id(file.id)) ids.push_back(file.id.str());
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (const std::string& id : ids) std::cout << id << '\n';
  } catch (...) {
    return 0;
  }
  return 0;
}

std::string script_for(CLI::App& app, const std::string& shell) {
  CommandSpec spec = describe_commands(app);
  if (shell == "zsh") return zsh_completion(spec);
  if (shell == "fish") return fish_completion(spec);
  return bash_completion(spec);
}

}  // namespace

void add_completion_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto shell = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("completion", tr("help.completion"));
  cmd->add_option("shell", *shell, tr("help.completion.shell"))
      ->required()
      ->check(one_of({"bash", "zsh", "fish"}))
      ->option_text("bash|zsh|fish");
  cmd->footer(tr("help.completion.footer"));
  // The whole app is read when the command runs, once every command has been added.
  cmd->callback([&app, &outcome, shell] {
    std::cout << script_for(app, *shell);
    outcome.exit_code = 0;
  });

  auto ids = std::make_shared<IdsOptions>();
  CLI::App* helper = app.add_subcommand("__complete-ids", "");
  helper->group("");  // hidden: the scripts run it, people do not
  helper->add_option("source", ids->source)->required();
  helper->add_option("words", ids->words);
  helper->callback([&global, &outcome, ids] { outcome.exit_code = print_ids(global, *ids); });
}

}  // namespace multilat::cli
