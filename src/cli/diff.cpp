// `multilat diff`: what changed in the records between two revisions, a revision and the index,
// or a revision and the working tree, record by record. git's external diff driver, which git
// calls as `multilat diff` too, is in diff_driver.cpp.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <tuple>

#include "cli/commands.h"
#include "cli/diff_driver.h"
#include "cli/output_target.h"
#include "cli/parse_errors.h"
#include "cli/records_session.h"
#include "git/git_source.h"
#include "git/versions.h"
#include "i18n/tr.h"
#include "check/rules.h"
#include "load/loader.h"
#include "render/diff_render.h"
#include "review/consequences.h"
#include "util/visible_text.h"

namespace multilat::cli {
namespace {

using i18n::tr;

struct DiffOptions {
  std::vector<std::string> revisions;
  bool staged = false;
  bool exit_code = false;
  bool no_check = false;  // --no-check: the fields alone, without checking both ends
  std::vector<std::string> after_separator;  // `-- PATH...`: paths, whether they exist or not
  OutputTarget output;
};

// REV1..REV2, or REV1 REV2, or REV1 alone (against the working tree or the index). REV1...REV2
// starts at their merge base, as git has it: a merge request's own changes, without those its
// target branch made since (a two-dot diff would show them undone). An empty side is HEAD.
std::pair<git::End, git::End> ends_of(const DiffOptions& o, const git::Repository& repo) {
  std::vector<std::string> revs = o.revisions;
  bool from_merge_base = false;
  if (revs.size() == 1) {
    if (auto dots = revs[0].find(".."); dots != std::string::npos) {
      from_merge_base = revs[0].compare(dots, 3, "...") == 0;
      std::string left = revs[0].substr(0, dots);
      std::string right = revs[0].substr(dots + (from_merge_base ? 3 : 2));
      revs = {left.empty() ? "HEAD" : left, right.empty() ? "HEAD" : right};
    }
  }
  if (revs.size() > 2) throw UsageError(tr("diff.too-many"));
  if (revs.size() == 2 && o.staged) throw UsageError(tr("diff.staged-two"));
  std::string shown;
  if (from_merge_base) {
    std::string base = repo.merge_base(revs[0], revs[1]);
    shown = tr("diff.end.merge-base", fmt::arg("a", visible_text(revs[0])), fmt::arg("b", visible_text(revs[1])),
               fmt::arg("id", base.substr(0, 7)));
    revs[0] = base;
  }
  git::End from{git::End::Kind::Revision, revs.empty() ? "HEAD" : revs[0], shown};
  if (revs.size() == 2) return {from, {git::End::Kind::Revision, revs[1], ""}};
  return {from, {o.staged ? git::End::Kind::Index : git::End::Kind::WorkingTree, "", ""}};
}

std::string end_name(const git::End& end, bool machine) {
  if (end.kind == git::End::Kind::Revision) return machine || end.shown.empty() ? end.rev : end.shown;
  if (machine) return end.kind == git::End::Kind::Index ? "index" : "worktree";
  return tr(end.kind == git::End::Kind::Index ? "diff.end.index" : "diff.end.worktree");
}

// Paths after the revisions limit the diff, as git's pathspecs do: an argument that names an
// existing file or folder starts them, and everything after `--` is one. Each must lie in the records folder; returned relative
// to it ("meetings/2027").
std::vector<std::string> split_pathspecs(DiffOptions& o, const RecordsRoot& root) {
  namespace fs = std::filesystem;
  std::error_code ec;
  auto first_path = std::find_if(o.revisions.begin(), o.revisions.end(),
                                 [&](const std::string& arg) { return fs::exists(fs::symlink_status(arg, ec)); });
  std::vector<std::string> paths(first_path, o.revisions.end());
  o.revisions.erase(first_path, o.revisions.end());
  paths.insert(paths.end(), o.after_separator.begin(), o.after_separator.end());
  std::vector<std::string> specs;
  fs::path tree = fs::weakly_canonical(root.path, ec);
  for (auto it = paths.begin(); it != paths.end(); ++it) {
    fs::path relative = fs::weakly_canonical(*it, ec).lexically_relative(tree);
    std::string text = relative.generic_string();
    if (relative.empty() || text == ".." || text.starts_with("../")) {
      throw UsageError(tr("cli.pathspec-outside", fmt::arg("path", visible_text(*it)),
                          fmt::arg("root", visible_text(root.display))));
    }
    specs.push_back(text == "." ? "" : text);
  }
  return specs;
}

// Whether `word` names a path (from the current folder) that the index or HEAD holds: a file
// deleted since, given without `--`, which git would also refuse as a revision.
bool names_known_path(const git::Repository& repo, const std::string& word) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::string path = fs::weakly_canonical(word, ec).lexically_relative(fs::weakly_canonical(repo.workdir(), ec)).generic_string();
  if (ec || path.empty() || path == "." || path.starts_with("..")) return false;
  if (repo.entry_in_index(path)) return true;
  return !repo.is_empty() && repo.entry_in_tree(*repo.tree_at("HEAD"), path).has_value();
}

// Throws when the end names no commit (before the first commit, HEAD is the empty tree).
void resolve(const git::Repository& repo, const git::End& end) {
  bool empty_tree = end.rev.empty() || (end.rev == "HEAD" && repo.is_empty());
  if (end.kind == git::End::Kind::Revision && !empty_tree) repo.tree_at(end.rev);
}

// The ends, each resolved, or an unknown revision's error with git's advice when the word is
// a known path.
std::pair<git::End, git::End> ends_or_path_hint(const DiffOptions& o, const git::Repository& repo) {
  try {
    auto ends = ends_of(o, repo);
    resolve(repo, ends.first);
    resolve(repo, ends.second);
    return ends;
  } catch (const git::GitError& e) {
    auto path = std::find_if(o.revisions.begin(), o.revisions.end(),
                             [&](const std::string& word) { return names_known_path(repo, word); });
    if (path == o.revisions.end()) throw;
    throw UsageError(tr("diff.path-after-separator", fmt::arg("error", e.what()), fmt::arg("path", visible_text(*path))));
  }
}

// The full id of the commit an end names, for scripts; "" for the index or the working tree.
std::string commit_of(const git::Repository& repo, const git::End& end) {
  bool no_commit = end.rev.empty() || (end.rev == "HEAD" && repo.is_empty());  // before the first commit
  return end.kind == git::End::Kind::Revision && !no_commit ? repo.commit(end.rev).hex : "";
}

// Every problem the full check finds at one end: what the change's consequences are read from.
std::vector<Diagnostic> checked_at(const git::Repository& repo, const std::string& folder,
                                   const RecordsRoot& root, const git::End& end, const GlobalOptions& global) {
  std::unique_ptr<RecordsSource> source = git::source_at(repo, folder, root.path, end);
  LoadResult loaded = load_records(*source, root.display);
  return run_checks(loaded.store, Context{resolve_today(global, loaded.store.settings)}, loaded.diagnostics);
}

// With paths given, the other files the change affects are left out like the changes outside them.
void keep_under(std::map<std::string, Consequences>& elsewhere, const std::vector<std::string>& pathspecs,
                const RecordsRoot& root) {
  if (pathspecs.empty()) return;
  DisplayRoot shown(root.display);
  std::erase_if(elsewhere, [&](const auto& entry) {
    return !git::under_pathspecs(shown.relative(entry.first), pathspecs);
  });
}

int run_diff(const GlobalOptions& global, DiffOptions o) {
  if (auto call = driver_call(o.revisions, std::getenv("GIT_DIFF_PATH_COUNTER") != nullptr)) {
    return run_driver(global, *call);
  }
  std::string format = resolve_format(o.output, diff_formats());
  RecordsRoot root = find_records_root(global);
  i18n::set_language(resolve_language(global.lang, &root.path));
  std::vector<std::string> pathspecs = split_pathspecs(o, root);
  std::vector<RecordChange> changes;
  git::End from, to;
  DiffEnds commits;
  std::map<std::string, Consequences> elsewhere;
  try {
    git::Repository repo = git::Repository::discover(root.path, "diff");
    std::tie(from, to) = ends_or_path_hint(o, repo);
    std::string folder = git::folder_in_repository(repo, root.path);
    auto files = git::changed_files(repo, folder, root.path, root.display, from, to, pathspecs);
    changes = describe_changes(files, i18n::language());
    commits = {commit_of(repo, from), commit_of(repo, to)};
    if (!changes.empty() && !o.no_check) {
      elsewhere = add_consequences(changes, checked_at(repo, folder, root, from, global),
                                   checked_at(repo, folder, root, to, global));
      keep_under(elsewhere, pathspecs, root);
    }
  } catch (const git::GitError& e) {
    throw UsageError(e.what());
  }
  bool machine = format == "json";
  DiffEnds ends{end_name(from, machine), end_name(to, machine)};
  bool color = o.output.file.empty() && use_color(global, 1);
  emit_output(o.output, diff_formats().render(format, {changes, ends, commits, elsewhere, color}));
  return o.exit_code && !changes.empty() ? 1 : 0;
}

}  // namespace

std::vector<std::string> diff_paths_as_options(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  static const std::vector<std::string> kTakeValue = {"--records", "--today", "--lang", "--as-of", "--color"};
  std::size_t i = 1;
  while (i < args.size() && args[i].starts_with("-")) {
    bool takes_value = std::find(kTakeValue.begin(), kTakeValue.end(), args[i]) != kTakeValue.end();
    i += takes_value ? 2 : 1;
  }
  if (i >= args.size() || args[i] != "diff") return args;
  auto separator = std::find(args.begin() + static_cast<std::ptrdiff_t>(i), args.end(), "--");
  if (separator == args.end()) return args;
  std::vector<std::string> out(args.begin(), separator);
  for (auto it = separator + 1; it != args.end(); ++it) {
    out.push_back("--path");
    out.push_back(*it);
  }
  return out;
}

void add_diff_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto o = std::make_shared<DiffOptions>();
  CLI::App* cmd = app.add_subcommand("diff", tr("help.diff"));
  cmd->add_option("revisions", o->revisions, tr("help.diff.revisions"))
      ->option_text(tr("help.diff.revisions-metavar"));
  cmd->add_flag("--staged,--cached", o->staged, tr("help.diff.staged"));
  cmd->add_option("--format", o->output.format, tr("help.format"))
      ->check(one_of(diff_formats().names()))
      ->option_text(diff_formats().choices());
  cmd->add_option("-o,--output", o->output.file, tr("help.report.output"))->option_text("FILE");
  cmd->add_flag("--force", o->output.force, tr("help.report.force"));
  cmd->add_flag("--exit-code", o->exit_code, tr("help.diff.exit-code"));
  cmd->add_flag("--no-check", o->no_check, tr("help.diff.no-check"));
  cmd->footer(tr("help.diff.footer"));
  // What follows `--`, git's separator before paths: main.cpp passes each as --path (hidden).
  cmd->add_option("--path", o->after_separator)->group("");
  cmd->callback([&global, &outcome, o] { outcome.exit_code = run_diff(global, *o); });
}

}  // namespace multilat::cli
