// `multilat check`: every problem in the records, like a compiler's diagnostics.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <iostream>
#include <unordered_map>

#include "incremental/changed_check.h"
#include "check/rules.h"
#include "git/index_stat.h"
#include "git/git_source.h"
#include "load/worktree_source.h"
#include "util/visible_text.h"
#include "cli/commands.h"
#include "cli/line_sources.h"
#include "cli/parse_errors.h"
#include "i18n/tr.h"
#include "cli/records_session.h"
#include "cli/repository_paths.h"
#include "load/tree_policy.h"
#include "render/check_report.h"
#include "util/did_you_mean.h"

namespace multilat::cli {
namespace fs = std::filesystem;
namespace {

using i18n::tr;

struct CheckOptions {
  std::vector<std::string> paths;
  bool strict = false;
  std::string format = "text";
  std::string explain;
  bool verbose = false;
  bool staged = false;
  bool changed = false;   // --changed given
  std::string changed_since;  // its revision; HEAD when given alone
};

// The closest rule id: by spelling, else the shortest id that contains the word ("clash").
std::optional<std::string> closest_rule(const std::string& word) {
  std::vector<std::string_view> ids;
  for (const Rule& r : all_rules()) ids.push_back(r.id);
  if (auto guess = did_you_mean(word, ids)) return guess;
  std::optional<std::string_view> best;
  for (std::string_view id : ids) {
    if (id.find(word) != std::string_view::npos && (!best || id.size() < best->size())) best = id;
  }
  if (best) return std::string(*best);
  return std::nullopt;
}

int explain_rule(const std::string& id) {
  const Rule* rule = find_rule(id);
  if (!rule) {
    auto guess = closest_rule(id);
    throw UsageError(guess ? tr("cli.no-rule-guess", fmt::arg("rule", id), fmt::arg("guess", *guess))
                           : tr("cli.no-rule", fmt::arg("rule", id)));
  }
  fmt::print("{}\n\n{}\n",
             tr("cli.explain-heading", fmt::arg("rule", rule->id),
                fmt::arg("severity", severity_label(rule->severity)),
                fmt::arg("summary", rule_summary(*rule))),
             rule_explanation(*rule));
  return 0;
}

// Keeps only diagnostics in the files or folders the user named, which must lie in the records
// tree: a path elsewhere would otherwise get a reassuring "no problems".
void restrict_to_paths(std::vector<Diagnostic>& diagnostics, const std::vector<std::string>& paths,
                       const RecordsRoot& root) {
  if (paths.empty()) return;
  std::error_code ec;
  fs::path tree = fs::weakly_canonical(root.path, ec);
  std::vector<fs::path> wanted;
  for (const std::string& path : paths) {
    if (!fs::exists(fs::symlink_status(path, ec))) {
      throw UsageError(tr("cli.no-such-path", fmt::arg("path", path)));
    }
    fs::path canonical = fs::weakly_canonical(path, ec);
    if (!path_is_within(canonical, tree)) {
      throw UsageError(tr("cli.path-outside-records", fmt::arg("path", path),
                          fmt::arg("root", root.display)));
    }
    wanted.push_back(canonical);
  }
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    fs::path file = fs::weakly_canonical(d.path, ec);
    return std::none_of(wanted.begin(), wanted.end(),
                        [&](const fs::path& w) { return path_is_within(file, w); });
  });
}

// The revision the change is measured from: every file's blob id, and the few files read from
// it (the changed meetings' old delegations).
BaseRevision base_revision(const git::GitSource& source) {
  BaseRevision base;
  source.list([&](SourceEntry&& e) {
    if (e.shape == EntryShape::File) base.hashes.emplace(std::move(e.path), std::move(e.locator));
  });
  base.read = [&source](const std::string& path) -> std::optional<std::string> {
    std::optional<SourceEntry> entry = source.find(path);
    if (!entry || entry->shape != EntryShape::File) return std::nullopt;
    std::vector<Diagnostic> ignored;
    return source.read(RecordFile{entry->locator, path, Kind::Meeting, ""}, Settings{}.max_file_size, ignored);
  };
  base.hash = [](std::string_view bytes) { return git::blob_hash(bytes); };
  return base;
}

std::optional<ChangedCheck> changed_in(const git::Repository& repo, const RecordsRoot& root,
                                       const GlobalOptions& global, const CheckOptions& options,
                                       std::optional<git::GitSource>& staged) {
  std::string folder = git::folder_in_repository(repo, root.path);
  std::string rev = options.changed_since.empty() ? "HEAD" : options.changed_since;
  bool unborn = rev == "HEAD" && repo.is_empty();  // before the first commit, everything is new
  git::GitSource at_base = git::GitSource::at_revision(repo, unborn ? "" : rev, folder);
  BaseRevision base = base_revision(at_base);
  std::filesystem::path cache_file = repo.git_dir() / "multilat" / "record-facts";
  FactsCache cache = FactsCache::load(cache_file);
  auto today = [&](const Settings& settings) { return resolve_today(global, settings); };
  std::optional<ChangedCheck> result;
  if (options.staged) {
    staged.emplace(git::GitSource::staged(repo, folder));
    result = check_changed(*staged, root.display, base, today, cache);
  } else {
    // A file that still stats as git's index recorded it is not read: its blob id is the index's.
    std::vector<git::Entry> in_index = repo.index_entries(folder);
    WorkingTreeSource current(root.path);
    current.set_known_blob(git::index_vouches(in_index, repo.index_written(), root.display));
    result = check_changed(current, root.display, base, today, cache);
  }
  cache.save(cache_file);
  return result;
}

// --changed: only the neighbourhood of the change is parsed and checked, in the working tree or
// the index. Nothing when the settings changed (everything may be affected): the caller then
// checks everything, which is exactly what the change can alter.
std::optional<RecordsSession> open_changed(const GlobalOptions& global, const CheckOptions& options) {
  RecordsSession session;
  session.root = find_records_root(global);
  i18n::set_language(resolve_language(global.lang, &session.root.path));
  std::optional<ChangedCheck> result;
  try {
    git::Repository repo = git::Repository::discover(session.root.path, "check --changed");
    std::optional<git::GitSource> staged;
    result = changed_in(repo, session.root, global, options, staged);
    if (staged) session.snapshot = staged->take_contents();  // excerpts quote the index
  } catch (const git::GitError& e) {
    throw UsageError(e.what());
  }
  if (!result) return std::nullopt;
  session.loaded = std::move(result->loaded);
  session.today = result->today;
  session.diagnostics = std::move(result->diagnostics);
  return session;
}

int run_check(const GlobalOptions& given, const CheckOptions& options) {
  if (!options.explain.empty()) return explain_rule(options.explain);
  if (options.changed && !given.as_of.empty()) {
    throw UsageError(tr("cli.changed-as-of"));
  }
  if (options.staged && !given.as_of.empty()) {
    throw UsageError(tr("cli.staged-as-of"));
  }
  GlobalOptions global = given;
  global.staged = options.staged;
  std::optional<RecordsSession> incremental;
  if (options.changed) incremental = open_changed(global, options);
  // Not a conditional expression: GCC 12 does not destroy the temporary of one of its branches,
  // which LeakSanitizer reports.
  RecordsSession session;
  if (incremental) {
    session = std::move(*incremental);
  } else {
    session = open_records(global);
  }
  const LoadResult& loaded = session.loaded;
  std::vector<Diagnostic> diagnostics = std::move(session.diagnostics);
  restrict_to_paths(diagnostics, options.paths, session.root);
  CheckTotals totals = count_totals(diagnostics, loaded.store.record_count(), loaded.files_read);
  LineSource lines = session.snapshot ? snapshot_lines(*session.snapshot) : file_lines(session.root);
  std::string heading;
  if (options.verbose) {
    heading = i18n::tr("check.verbose", fmt::arg("files", i18n::trn("check.files", loaded.files_read)),
                       fmt::arg("dir", session.root.display), fmt::arg("today", message_date(session.today)));
  }
  CheckOutput output{diagnostics, totals, lines, repository_paths(session.root), {use_color(global, 1)}, heading};
  check_formats().write(std::cout, options.format, output);
  return totals.errors > 0 || (options.strict && totals.warnings > 0) ? 1 : 0;
}

}  // namespace

void add_check_command(CLI::App& app, const GlobalOptions& global, Outcome& outcome) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand("check", tr("help.check"));
  cmd->add_option("paths", options->paths, tr("help.check.paths"))->option_text(tr("help.metavar.path"));
  cmd->add_flag("--strict", options->strict, tr("help.check.strict"));
  cmd->add_option("--format", options->format, tr("help.format"))
      ->check(one_of(check_formats().names()))
      ->option_text(check_formats().choices());
  cmd->add_option("--explain", options->explain, tr("help.check.explain"))
      ->option_text(tr("help.metavar.rule"));
  cmd->add_flag("-v,--verbose", options->verbose, tr("help.check.verbose"));
  cmd->add_flag("--staged", options->staged, tr("help.check.staged"));
  CLI::Option* changed = cmd->add_option("--changed", options->changed_since, tr("help.check.changed"))
                             ->expected(0, 1)
                             ->option_text(fmt::format("[{}]", tr("help.metavar.rev")));
  cmd->footer(tr("help.check.footer"));
  cmd->callback([&global, &outcome, options, changed] {
    options->changed = changed->count() > 0;
    outcome.exit_code = run_check(global, *options);
  });
}

}  // namespace multilat::cli
