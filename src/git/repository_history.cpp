// Commits, history and what changed between two states of the repository.
#include <fmt/format.h>
#include <git2.h>

#include <algorithm>
#include <string>
#include <vector>

#include "git/repository.h"
#include "git/repository_internals.h"
#include "git/shallow_merge_base.h"
#include "i18n/tr.h"
#include "util/visible_text.h"

namespace multilat::git {

using namespace detail;

namespace {

using DiffPtr = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;

// Options limited to `folder`; `pathspec` keeps the string alive while the options point to it.
git_diff_options diff_options(const std::string& pathspec, char** strings) {
  git_diff_options options;
  git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION);
  options.flags |= GIT_DIFF_INCLUDE_UNTRACKED | GIT_DIFF_RECURSE_UNTRACKED_DIRS;
  if (!pathspec.empty()) {
    strings[0] = const_cast<char*>(pathspec.c_str());
    options.pathspec.strings = strings;
    options.pathspec.count = 1;
  }
  return options;
}

std::string relative_to(std::string_view path, std::string_view folder) {
  std::string prefix = with_slash(folder);
  if (!prefix.empty() && path.starts_with(prefix)) return std::string(path.substr(prefix.size()));
  return std::string(path);
}

CommitInfo info_of(git_commit* commit) {
  CommitInfo info;
  git_oid_cpy(&info.id, git_commit_id(commit));
  char hex[GIT_OID_HEXSZ + 1] = {};
  git_oid_tostr(hex, sizeof hex, &info.id);
  info.short_id = std::string(hex).substr(0, 7);
  const git_signature* author = git_commit_author(commit);
  info.author = author && author->name ? visible_text(author->name) : "";
  const char* summary = git_commit_summary(commit);
  info.summary = summary ? visible_text(summary) : "";
  info.time = static_cast<std::int64_t>(git_commit_time(commit));
  info.offset_minutes = git_commit_time_offset(commit);
  info.hex = hex;
  info.parents = git_commit_parentcount(commit);
  git_commit* parent = nullptr;
  if (info.parents > 0) {
    info.first_parent_present = git_commit_parent(&parent, commit, 0) == 0;
    git_commit_free(parent);
    git_error_clear();
  }
  return info;
}

}  // namespace

CommitInfo Repository::commit(std::string_view rev) const {
  CommitPtr commit(reinterpret_cast<git_commit*>(resolve(rev, GIT_OBJECT_COMMIT)));
  return info_of(commit.get());
}

// First parents followed one by one: libgit2 1.5's revision walk fails as a whole on a shallow
// clone, where the edge commit's parent was never fetched.
std::vector<CommitInfo> Repository::history(std::string_view from, std::size_t limit, bool* cut) const {
  CommitPtr commit(reinterpret_cast<git_commit*>(resolve(from, GIT_OBJECT_COMMIT)));
  std::vector<CommitInfo> out;
  if (cut) *cut = false;
  while (commit && out.size() < limit) {
    out.push_back(info_of(commit.get()));
    if (out.back().parents == 0) break;
    git_commit* parent = nullptr;
    if (git_commit_parent(&parent, commit.get(), 0) < 0) {
      if (cut) *cut = true;
      git_error_clear();
      break;
    }
    commit.reset(parent);
  }
  return out;
}

std::vector<ChangedPath> Repository::collect_changes(git_diff* raw, std::string_view folder) const {
  DiffPtr diff(raw);
  git_diff_find_options find;
  git_diff_find_options_init(&find, GIT_DIFF_FIND_OPTIONS_VERSION);
  find.flags = GIT_DIFF_FIND_RENAMES | GIT_DIFF_FIND_FOR_UNTRACKED;
  if (git_diff_find_similar(diff.get(), &find) < 0) fail("diff");
  std::vector<ChangedPath> out;
  for (std::size_t i = 0, n = git_diff_num_deltas(diff.get()); i < n; ++i) {
    const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
    ChangedPath change;
    bool added = delta->status == GIT_DELTA_ADDED || delta->status == GIT_DELTA_UNTRACKED;
    bool deleted = delta->status == GIT_DELTA_DELETED;
    if (!added) change.old_path = relative_to(delta->old_file.path, folder);
    if (!deleted) change.new_path = relative_to(delta->new_file.path, folder);
    out.push_back(std::move(change));
  }
  return out;
}

std::vector<ChangedPath> Repository::changes_to_worktree(std::string_view rev, std::string_view folder,
                                                         bool staged) const {
  // An empty repository has no revision yet: every file is new.
  TreePtr tree = is_empty() ? TreePtr() : tree_at(rev);
  std::string pathspec = folder.empty() ? "" : with_slash(folder);
  char* strings[1] = {nullptr};
  git_diff_options options = diff_options(pathspec, strings);
  git_diff* diff = nullptr;
  int code = 0;
  if (staged) {
    code = git_diff_tree_to_index(&diff, repo_.get(), tree.get(), nullptr, &options);
  } else {
    code = git_diff_tree_to_workdir_with_index(&diff, repo_.get(), tree.get(), &options);
  }
  if (code < 0) fail("diff");
  return collect_changes(diff, folder);
}

std::vector<ChangedPath> Repository::changes_between(std::string_view from, std::string_view to,
                                                     std::string_view folder) const {
  TreePtr old_tree = from.empty() ? TreePtr() : tree_at(from);  // "": before the first commit
  TreePtr new_tree = tree_at(to);
  std::string pathspec = folder.empty() ? "" : with_slash(folder);
  char* strings[1] = {nullptr};
  git_diff_options options = diff_options(pathspec, strings);
  git_diff* diff = nullptr;
  if (git_diff_tree_to_tree(&diff, repo_.get(), old_tree.get(), new_tree.get(), &options) < 0) fail("diff");
  return collect_changes(diff, folder);
}

std::string Repository::merge_base(std::string_view a, std::string_view b) const {
  ObjectPtr left(resolve(a, GIT_OBJECT_COMMIT)), right(resolve(b, GIT_OBJECT_COMMIT));
  const git_oid* from = git_object_id(left.get());
  const git_oid* to = git_object_id(right.get());
  bool shallow = git_repository_is_shallow(repo_.get()) == 1;
  if (shallow) {
    // libgit2 1.5 stops at a shallow clone's edge, even when the merge base is the edge commit,
    // and leaks on the way out: the clone's own walk is used instead, alone.
    if (auto found = shallow_merge_base(repo_.get(), *from, *to)) return hex_of(*found);
  } else {
    git_oid base;
    int code = git_merge_base(&base, repo_.get(), from, to);
    if (code == 0) return hex_of(base);
    if (code != GIT_ENOTFOUND) fail("merge-base");
  }
  std::string key = shallow ? "git.no-merge-base-shallow" : "git.no-merge-base";
  throw GitError(i18n::tr(key, fmt::arg("a", visible_text(a)), fmt::arg("b", visible_text(b))));
}

}  // namespace multilat::git
