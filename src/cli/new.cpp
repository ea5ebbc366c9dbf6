// `multilat new KIND ID`: a new record file from the schema, checked before it is written.
#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "scaffold/candidate_check.h"
#include "cli/commands.h"
#include "cli/line_sources.h"
#include "cli/new_help.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "cli/safe_destination.h"
#include "i18n/french_spacing.h"
#include "i18n/tr.h"
#include "query/record_detail.h"
#include "render/check_report.h"
#include "scaffold/new_record.h"
#include "schema/field_spec.h"
#include "util/atomic_file.h"
#include "util/create_folders.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

namespace fs = std::filesystem;
using i18n::tr;

const std::vector<std::string> kKinds = {"organisation", "entity", "meeting", "prospect",
                                         "organisations", "entities", "meetings", "prospects"};

struct NewOptions {
  std::string kind, id;
  std::map<std::string, CLI::Option*> flags;   // by flag, without the dashes
  std::map<std::string, std::string> storage;  // a node each: the options write into them
  bool edit = false;
};

// On a terminal, asks for each required field the flags did not give; elsewhere, says which
// flags are missing.
void complete_required(Kind kind, scaffold::FieldValues& values) {
  auto missing = scaffold::missing_required(kind, values);
  if (missing.empty()) return;
  if (!::isatty(STDIN_FILENO) || !::isatty(STDOUT_FILENO)) {
    std::string flags;
    for (const auto& f : missing) flags += (flags.empty() ? "--" : ", --") + f.flag;
    throw UsageError(tr("new.missing", fmt::arg("flags", flags),
                        fmt::arg("kind", tr(fmt::format("word.kind.{}", kind_name(kind))))));
  }
  for (const auto& f : missing) {
    std::string about = i18n::typeset(f.field->description.in(i18n::language()), i18n::language());  // the flag names the mapping
    if (!f.field->allowed.empty()) about += fmt::format(" [{}]", fmt::join(f.field->allowed, ", "));
    for (std::string answer; answer.empty();) {
      std::cout << tr("new.prompt", fmt::arg("key", f.flag), fmt::arg("about", about)) << std::flush;
      if (!std::getline(std::cin, answer)) throw UsageError(tr("new.no-answer", fmt::arg("key", f.flag)));
      values[f.flag] = answer;
    }
  }
}

void check_new_id(const Store& store, Kind kind, const std::string& id) {
  if (!is_valid_id(id)) throw UsageError(tr("new.bad-id", fmt::arg("id", visible_text(id))));
  if (auto found = store.find(id)) {
    if (found->kind == kind) {
      throw UsageError(tr("new.id-exists", fmt::arg("id", id), fmt::arg("file", header_of(store, *found).path)));
    }
    throw UsageError(tr("new.id-taken", fmt::arg("id", id),
                        fmt::arg("kind", tr(fmt::format("word.kind.{}", kind_name(found->kind)))),
                        fmt::arg("wanted", tr(fmt::format("word.kind.{}", kind_name(kind))))));
  }
}

// Diagnostics as `check` prints them, quoting `text` for the file at `display`.
void print_problems(const std::vector<Diagnostic>& problems, const std::string& display, const std::string& text,
                    const GlobalOptions& global) {
  std::map<std::string, std::string, std::less<>> files{{display, text}};
  CheckTotals totals = count_totals(problems, 1, 1);
  render_check_text(std::cerr, problems, totals, snapshot_lines(files), {use_color(global, 2)});
}

bool has_error(const std::vector<Diagnostic>& problems) {
  return std::any_of(problems.begin(), problems.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

// $VISUAL, else $EDITOR, else vi, through the shell as git runs it; the path is an argument,
// never part of the command text.
int run_editor(const std::string& path) {
  const char* editor = std::getenv("VISUAL");
  if (!editor || !*editor) editor = std::getenv("EDITOR");
  std::string command = fmt::format("{} \"$1\"", editor && *editor ? editor : "vi");
  pid_t pid = ::fork();
  if (pid == 0) {
    ::execl("/bin/sh", "sh", "-c", command.c_str(), "sh", path.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  int status = 0;
  if (pid < 0 || ::waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int edit_and_recheck(const GlobalOptions& global, const std::string& display) {
  if (run_editor(display) != 0) throw UsageError(tr("new.editor-failed", fmt::arg("file", display)));
  RecordsSession session = open_records(global);
  std::vector<Diagnostic> problems;
  for (const Diagnostic& d : session.diagnostics) {
    if (d.path == display) problems.push_back(d);
  }
  if (problems.empty()) return 0;
  CheckTotals totals = count_totals(problems, 1, 1);
  render_check_text(std::cerr, problems, totals, file_lines(session.root), {use_color(global, 2)});
  return has_error(problems) ? 1 : 0;
}

// A flag another kind takes: a mapping of this kind says which flags give its parts.
UsageError not_a_field(Kind kind, const std::string& flag) {
  std::string kind_word = tr(fmt::format("word.kind.{}", kind_name(kind)));
  std::vector<std::string> parts = scaffold::part_flags(kind, flag);
  if (parts.empty()) return UsageError(tr("new.not-a-field", fmt::arg("flag", "--" + flag), fmt::arg("kind", kind_word)));
  return UsageError(tr("new.field-is-mapping", fmt::arg("flag", "--" + flag), fmt::arg("kind", kind_word),
                       fmt::arg("parts", fmt::format("--{}", fmt::join(parts, ", --")))));
}

scaffold::FieldValues given_values(Kind kind, NewOptions& o) {
  scaffold::FieldValues values;
  for (const auto& [flag, option] : o.flags) {
    if (option->count() == 0) continue;
    if (!scaffold::takes_field(kind, flag)) throw not_a_field(kind, flag);
    values[flag] = o.storage[flag];
  }
  return values;
}

int run_new(const GlobalOptions& global, NewOptions& o) {
  Kind kind = *kind_from_word(o.kind);  // one_of has checked it
  scaffold::FieldValues values = given_values(kind, o);
  RecordsSession session = open_records(global);
  check_new_id(session.loaded.store, kind, o.id);
  complete_required(kind, values);
  std::string relative = scaffold::record_path(kind, o.id, values, session.today);
  std::string display = session.root.display + "/" + relative;
  fs::path target = session.root.path / relative;
  if (fs::exists(fs::symlink_status(target))) throw UsageError(tr("new.exists", fmt::arg("file", display)));
  refuse_unsafe_destination(TreePolicy(session.root.path), target, display, session.root.display);
  std::string text = scaffold::record_text(kind, values, i18n::language());
  auto problems = check_candidate(session.root.path, session.root.display, relative, text,
                                  [&](const Settings& settings) { return resolve_today(global, settings); });
  if (!problems.empty()) print_problems(problems, display, text, global);
  if (has_error(problems)) {
    std::cerr << "multilat: " << tr("new.refused", fmt::arg("file", display)) << '\n';
    return 1;
  }
  create_folders(target.parent_path());
  write_file_atomically(target, text, false);
  std::cout << tr("new.written", fmt::arg("file", display)) << '\n';
  return o.edit ? edit_and_recheck(global, display) : 0;
}

}  // namespace

void add_new_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<NewOptions>();
  CLI::App* cmd = app.add_subcommand("new", tr("help.new"));
  cmd->add_option("kind", o->kind, tr("help.new.kind"))
      ->required()
      ->check(one_of(kKinds))
      ->option_text("organisation|entity|meeting|prospect");
  cmd->add_option("id", o->id, tr("help.new.id"))->required()->option_text("ID");
  for (const scaffold::FlagField& f : scaffold::flag_fields()) {
    // A key several kinds share is described here as the first kind that has it describes it;
    // the help describes it as each kind does.
    std::string help = tr("help.new.field", fmt::arg("about", field_about(f)));
    o->flags[f.flag] = cmd->add_option("--" + f.flag, o->storage[f.flag], help)
                           ->option_text(tr("help.metavar.value"))
                           ->group(field_group());
  }
  cmd->add_flag("--edit", o->edit, tr("help.new.edit"));
  cmd->footer(tr("help.new.footer"));
  cmd->formatter(std::make_shared<NewHelpFormatter>());
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_new(global, *o); });
}

}  // namespace multilat::cli
