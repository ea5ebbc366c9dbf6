// Shared loading for commands, and the warning that says what could not be read.
#include "cli/records_session.h"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <optional>
#include <set>

#include "check/rules.h"
#include "git/git_source.h"
#include "load/record_files.h"
#include "load/worktree_source.h"
#include "util/visible_text.h"
#include "i18n/tr.h"
#include "model/id_guess.h"
#include "util/did_you_mean.h"
#include "util/fold.h"

namespace multilat::cli {

using i18n::tr;
using i18n::trn;

namespace {

void load_from_git(const GlobalOptions& options, const LoadOptions& load, RecordsSession& session) {
  try {
    git::Repository repo =
        git::Repository::discover(session.root.path, options.staged ? "--staged" : "--as-of");
    std::string folder = git::folder_in_repository(repo, session.root.path);
    // Not a conditional expression: GCC 12 may not destroy the temporary of one of its branches.
    std::optional<git::GitSource> at;
    if (options.staged) {
      at.emplace(git::GitSource::staged(repo, folder));
    } else {
      at.emplace(git::GitSource::at_revision(repo, options.as_of, folder));
    }
    git::GitSource& source = *at;
    if (!source.has_folder()) {
      throw UsageError(tr("git.no-records-at", fmt::arg("rev", visible_text(options.as_of)),
                          fmt::arg("folder", visible_text(folder.empty() ? "." : folder))));
    }
    session.loaded = load_records(source, session.root.display, load);
    session.snapshot = source.take_contents();
  } catch (const git::GitError& e) {
    throw UsageError(e.what());
  }
}

}  // namespace

RecordsSession open_records(const GlobalOptions& options, const std::string& trees_of) {
  RecordsSession session;
  LoadOptions load{.trees_of = trees_of};
  session.root = find_records_root(options);
  i18n::set_language(resolve_language(options.lang, &session.root.path));
  if (!options.as_of.empty() || options.staged) {
    load_from_git(options, load, session);
  } else {
    session.loaded = load_records(WorkingTreeSource(session.root.path), session.root.display, load);
  }
  session.today = resolve_today(options, session.loaded.store.settings);
  session.diagnostics =
      run_checks(session.loaded.store, Context{session.today}, session.loaded.diagnostics);
  session.health = assess(session.diagnostics, session.loaded);
  return session;
}

namespace {

// Records whose own file has an error from loading: a value that failed the schema's checks.
std::set<std::string_view> paths_with_load_errors(const LoadResult& loaded) {
  std::set<std::string_view> paths;
  for (const Diagnostic& d : loaded.diagnostics) {
    if (d.severity == Severity::Error) paths.insert(d.path);
  }
  return paths;
}

}  // namespace

const yaml::Node* record_tree(const RecordsSession& session, std::string_view display) {
  auto found = session.loaded.trees.find(display);
  return found == session.loaded.trees.end() ? nullptr : &found->second;
}

RecordsHealth assess(const std::vector<Diagnostic>& diagnostics, const LoadResult& loaded) {
  std::set<std::string_view> record_paths;
  for (const RecordHeader* header : loaded.store.headers()) record_paths.insert(header->path.view());
  std::set<std::string_view> with_errors, unreadable;
  RecordsHealth health;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::Warning) {
      ++health.warnings;
      continue;
    }
    ++health.errors;
    with_errors.insert(d.path);
    // The settings file is read apart from the records; its errors do not make it "unreadable".
    if (!record_paths.count(d.path) && !is_settings_file(d.path)) unreadable.insert(d.path);
  }
  health.files_with_errors = with_errors.size();
  health.unreadable_files = unreadable.size();
  for (std::string_view path : paths_with_load_errors(loaded)) {
    health.records_left_out += record_paths.count(path);
  }
  return health;
}

Store listable_store(const RecordsSession& session) {
  std::set<std::string_view> bad = paths_with_load_errors(session.loaded);
  Store store = session.loaded.store;
  auto has_errors = [&](const auto& record) { return bad.count(record.header.path.view()) > 0; };
  std::erase_if(store.organisations, has_errors);
  std::erase_if(store.entities, has_errors);
  std::erase_if(store.meetings, has_errors);
  std::erase_if(store.prospects, has_errors);
  store.build_index();
  return store;
}

std::vector<Diagnostic> files_left_out(const RecordsSession& session) {
  std::set<std::string_view> bad = paths_with_load_errors(session.loaded);
  std::vector<Diagnostic> first;
  for (const Diagnostic& d : session.diagnostics) {  // sorted by file, then line
    if (d.severity != Severity::Error || !bad.count(d.path)) continue;
    if (first.empty() || first.back().path != d.path) first.push_back(d);
  }
  return first;
}

std::optional<Diagnostic> why_left_out(const RecordsSession& session, std::string_view id) {
  for (Diagnostic& first : files_left_out(session)) {
    if (is_record_extension(first.path) && stem_of(first.path) == id) return std::move(first);
  }
  return std::nullopt;
}

namespace {

// The unreadable files are some of the files with errors, so they are said as part of them:
// "2 fichiers, dont 1 illisible, laissé de côté", or "2 fichiers illisibles, laissés de côté".
std::string files_text(const RecordsHealth& h) {
  if (h.unreadable_files == 0) return trn("session.files", h.files_with_errors);
  if (h.unreadable_files == h.files_with_errors) return trn("session.unreadable-files", h.unreadable_files);
  return tr("session.files-some-unreadable", fmt::arg("files", trn("session.files", h.files_with_errors)),
            fmt::arg("unreadable", trn("session.unreadable-among", h.unreadable_files)));
}

}  // namespace

int warn_if_incomplete(const RecordsSession& session, bool strict) {
  const RecordsHealth& h = session.health;
  if (h.errors == 0) return 0;
  std::vector<std::string> parts{trn("session.errors-in-files", h.errors, fmt::arg("files", files_text(h)))};
  if (h.records_left_out > 0) parts.push_back(trn("session.records-left-out", h.records_left_out));
  std::string what = parts[0];
  for (std::size_t i = 1; i < parts.size(); ++i) {
    what = tr(i + 1 == parts.size() ? "session.and" : "session.comma", fmt::arg("left", what),
              fmt::arg("right", parts[i]));
  }
  bool incomplete = h.unreadable_files > 0 || h.records_left_out > 0;
  std::cerr << "multilat: "
            << tr(incomplete ? "session.warning-unreadable" : "session.warning-errors",
                  fmt::arg("errors", what))
            << '\n';
  return strict ? 1 : 0;
}

namespace {

// A person of the records one of whose names is `word` ("elise" for Élise Wéa), compared folded.
std::optional<std::string> person_called(const Store& store, std::string_view word) {
  std::string wanted = fold_for_comparison(word);
  if (wanted.empty()) return std::nullopt;  // every name has an empty part
  for (const std::string& person : people_named(store)) {
    std::string folded = fold_for_comparison(person);
    for (std::size_t start = 0; start <= folded.size();) {
      std::size_t end = std::min(folded.find(' ', start), folded.size());
      if (folded.compare(start, end - start, wanted) == 0) return person;
      start = end + 1;
    }
  }
  return std::nullopt;
}

// Why `id` names no record of `kind`, with what was likely meant: a record of another kind, the
// closest id or acronym, or a person, whom --person finds.
std::string no_such_id(const Store& store, const std::string& id, Kind kind, std::string_view option) {
  auto a_kind = [](Kind k) { return tr(fmt::format("load.kind.{}.a", kind_name(k))); };
  if (auto found = store.find(id)) {
    return tr("session.id-is-other-kind", fmt::arg("option", option), fmt::arg("id", id),
              fmt::arg("other", a_kind(found->kind)), fmt::arg("kind", a_kind(kind)));
  }
  std::string what = tr(fmt::format("word.kind.{}", kind_name(kind)));
  if (auto guess = guess_id(store, kind, id)) {
    return tr("session.no-such-id-guess", fmt::arg("option", option), fmt::arg("kind", what),
              fmt::arg("id", id), fmt::arg("guess", *guess));
  }
  if (auto person = person_called(store, id)) {
    return tr("session.id-is-person", fmt::arg("option", option), fmt::arg("kind", what),
              fmt::arg("id", id), fmt::arg("person", *person));
  }
  return tr("session.no-such-id", fmt::arg("option", option), fmt::arg("kind", what), fmt::arg("id", id));
}

}  // namespace

void check_ids(const Store& store, const std::vector<std::string>& ids, Kind kind,
               std::string_view option) {
  for (const std::string& id : ids) {
    auto found = store.find(id);
    if (found && found->kind == kind) continue;
    throw UsageError(no_such_id(store, id, kind, option));
  }
}

PersonLinks person_option(const Store& store, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    if (!person_links(store, {name}).empty()) continue;
    // Compared folded, so that a missing accent costs nothing towards the suggestion.
    std::vector<std::string> people = people_named(store);
    std::vector<std::string> folded;
    for (const std::string& person : people) folded.push_back(fold_for_comparison(person));
    std::optional<std::string> guess;
    if (auto close = did_you_mean(fold_for_comparison(name), folded)) {
      guess = people[static_cast<std::size_t>(
          std::find(folded.begin(), folded.end(), *close) - folded.begin())];
    }
    throw UsageError(guess ? tr("cli.no-person-guess", fmt::arg("name", name),
                                fmt::arg("guess", *guess))
                           : tr("cli.no-person", fmt::arg("name", name)));
  }
  return person_links(store, names);
}

Date parse_date_option(const std::string& text, std::string_view option) {
  if (auto date = parse_date(text)) return *date;
  throw UsageError(date_problem(text, option));
}

}  // namespace multilat::cli
