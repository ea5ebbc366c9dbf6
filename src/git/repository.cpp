// libgit2 behind a small interface; every libgit2 failure becomes a GitError in plain words.
#include "git/repository.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <git2/sys/repository.h>

#include <algorithm>
#include <cstdlib>

#include "git/shallow_merge_base.h"
#include "i18n/tr.h"
#include "util/did_you_mean.h"
#include "util/visible_text.h"

namespace multilat::git {
namespace {

namespace fs = std::filesystem;

using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using IndexPtr = std::unique_ptr<git_index, Deleter<git_index, git_index_free>>;
using OdbPtr = std::unique_ptr<git_odb, Deleter<git_odb, git_odb_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using EntryPtr = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;

// libgit2 is initialised once per process, before its first use.
void ensure_initialised() {
  static const int once = git_libgit2_init();
  (void)once;
}

std::string last_error() {
  const git_error* e = git_error_last();
  return e && e->message ? visible_text(e->message) : "?";
}

[[noreturn]] void fail(std::string_view what) {
  throw GitError(i18n::tr("git.error", fmt::arg("what", what), fmt::arg("detail", last_error())));
}

EntryType type_of(git_filemode_t mode) {
  if (mode == GIT_FILEMODE_LINK) return EntryType::Link;
  if (mode == GIT_FILEMODE_COMMIT) return EntryType::Submodule;
  return EntryType::File;
}

std::string with_slash(std::string_view folder) {
  std::string out(folder);
  if (!out.empty() && out.back() != '/') out += '/';
  return out;
}

struct WalkState {
  std::vector<Entry>* out;
};

int collect(const char* root, const git_tree_entry* entry, void* payload) {
  auto* state = static_cast<WalkState*>(payload);
  git_object_t type = git_tree_entry_type(entry);
  if (type == GIT_OBJECT_TREE) return 0;
  Entry e;
  e.path = std::string(root) + git_tree_entry_name(entry);
  e.type = type_of(git_tree_entry_filemode(entry));
  git_oid_cpy(&e.id, git_tree_entry_id(entry));
  state->out->push_back(std::move(e));
  return 0;
}

// Whether the nearest folder above `path` that holds a .git belongs to another user, as git's
// safe.directory check sees it.
bool owned_by_someone_else(const fs::path& path) {
  std::error_code ec;
  for (fs::path folder = fs::absolute(path, ec); !ec && !folder.empty(); folder = folder.parent_path()) {
    struct stat info {};
    if (::lstat((folder / ".git").c_str(), &info) == 0) return info.st_uid != ::geteuid();
    if (folder == folder.root_path()) break;
  }
  return false;
}

}  // namespace

std::string hex_of(const git_oid& id) {
  char hex[GIT_OID_HEXSZ + 1] = {};
  git_oid_tostr(hex, sizeof hex, &id);
  return hex;
}

std::string blob_hash(std::string_view bytes) {
  ensure_initialised();
  git_oid id;
  if (git_odb_hash(&id, bytes.data(), bytes.size(), GIT_OBJECT_BLOB) < 0) fail("hash");
  return hex_of(id);
}

Repository::Repository(RepositoryPtr repo, fs::path workdir)
    : repo_(std::move(repo)), workdir_(std::move(workdir)) {}

namespace {

std::optional<std::string> environment(const char* name) {
  const char* value = std::getenv(name);
  if (!value || !*value) return std::nullopt;
  return std::string(value);
}

// The repository git names in its environment (GIT_DIR, as hooks and `git --git-dir` set it),
// or the one holding `path`, looking upward as git does.
RepositoryPtr open_repository(const fs::path& path, std::optional<std::string> git_dir) {
  git_repository* raw = nullptr;
  std::string start = git_dir ? *git_dir : path.string();
  unsigned flags = git_dir ? GIT_REPOSITORY_OPEN_NO_SEARCH : 0;
  int code = git_repository_open_ext(&raw, start.c_str(), flags, nullptr);
  // libgit2 1.5 reports a repository it refuses for its owner as not found.
  if (code == GIT_EOWNER || (code == GIT_ENOTFOUND && owned_by_someone_else(start))) {
    throw GitError(i18n::tr("git.not-owned", fmt::arg("path", visible_text(start))));
  }
  if (code == GIT_ENOTFOUND) {
    throw GitError(i18n::tr("git.not-a-repository", fmt::arg("path", visible_text(start))));
  }
  if (code < 0) fail(start);
  return RepositoryPtr(raw);
}

// What git's environment changes, as git itself applies it: the working tree is GIT_WORK_TREE,
// or the current folder when only GIT_DIR is given; the index is GIT_INDEX_FILE, which
// `git commit -a` and `git commit PATH` point at a temporary index while the hook runs.
void apply_environment(git_repository* repo, bool git_dir_given) {
  std::error_code ec;
  std::optional<std::string> work_tree = environment("GIT_WORK_TREE");
  if (!work_tree && git_dir_given && !git_repository_is_bare(repo)) work_tree = fs::current_path(ec).string();
  // Only when it differs: libgit2 1.5's set_workdir leaks its buffer when told the same folder.
  std::string wanted = work_tree ? (fs::weakly_canonical(fs::absolute(*work_tree, ec), ec) / "").string() : "";
  const char* current = git_repository_workdir(repo);
  bool same = current && wanted == current;
  if (work_tree && !same && git_repository_set_workdir(repo, wanted.c_str(), 0) < 0) fail(*work_tree);
  if (std::optional<std::string> index_file = environment("GIT_INDEX_FILE")) {
    git_index* raw = nullptr;
    std::string absolute = fs::absolute(*index_file, ec).string();
    if (git_index_open(&raw, absolute.c_str()) < 0) fail(*index_file);
    IndexPtr index(raw);
    git_repository_set_index(repo, index.get());
  }
}

}  // namespace

Repository Repository::discover(const fs::path& path) {
  ensure_initialised();
  std::optional<std::string> git_dir = environment("GIT_DIR");
  RepositoryPtr repo = open_repository(path, git_dir);
  apply_environment(repo.get(), git_dir.has_value());
  const char* workdir = git_repository_workdir(repo.get());
  if (!workdir) throw GitError(i18n::tr("git.bare", fmt::arg("path", visible_text(path.string()))));
  return Repository(std::move(repo), fs::path(workdir));
}

fs::path Repository::hooks_folder() const {
  git_config* raw = nullptr;
  if (git_repository_config_snapshot(&raw, repo_.get()) == 0) {
    std::unique_ptr<git_config, Deleter<git_config, git_config_free>> config(raw);
    const char* path = nullptr;
    if (git_config_get_string(&path, config.get(), "core.hooksPath") == 0 && path && *path) {
      fs::path hooks(path);
      return hooks.is_absolute() ? hooks : workdir_ / hooks;  // relative to the top, as git takes it
    }
  }
  return fs::path(git_repository_path(repo_.get())) / "hooks";
}

std::optional<std::int64_t> Repository::index_written() const {
  git_index* raw = nullptr;
  if (git_repository_index(&raw, repo_.get()) < 0) return std::nullopt;
  IndexPtr index(raw);
  const char* file = git_index_path(index.get());  // GIT_INDEX_FILE's, when git set one
  struct stat info {};
  if (!file || ::stat(file, &info) != 0) return std::nullopt;
  return static_cast<std::int64_t>(info.st_mtim.tv_sec);
}

fs::path Repository::git_dir() const { return fs::path(git_repository_path(repo_.get())); }

// `git init -b main` with no init.defaultBranch leaves HEAD on an unborn branch that libgit2's
// is_empty() does not count as empty (it looks for the default branch only).
bool Repository::is_empty() const {
  return git_repository_head_unborn(repo_.get()) == 1 || git_repository_is_empty(repo_.get()) == 1;
}

void Repository::unknown_revision(std::string_view rev, int code) const {
  std::string shown = visible_text(rev);
  if (is_empty()) throw GitError(i18n::tr("git.empty", fmt::arg("rev", shown)));
  if (code == GIT_ENOTFOUND && git_repository_is_shallow(repo_.get()) == 1) {
    throw GitError(i18n::tr("git.shallow", fmt::arg("rev", shown)));
  }
  // Branches and tags by their short names, for "did you mean".
  git_strarray refs{};
  std::vector<std::string> names;
  if (git_reference_list(&refs, repo_.get()) == 0) {
    for (std::size_t i = 0; i < refs.count; ++i) {
      std::string_view name = refs.strings[i];
      for (std::string_view prefix : {"refs/heads/", "refs/tags/", "refs/remotes/"}) {
        if (name.starts_with(prefix)) names.emplace_back(name.substr(prefix.size()));
      }
    }
    git_strarray_dispose(&refs);
  }
  std::sort(names.begin(), names.end());
  // A name the revision starts ("v1" for "v1.0") comes first, then the closest spelling.
  auto prefixed = std::find_if(names.begin(), names.end(),
                               [&](const std::string& name) { return name.starts_with(rev); });
  std::optional<std::string> guess;
  if (prefixed != names.end() && !rev.empty()) guess = *prefixed;
  if (!guess) {
    if (auto close = did_you_mean(rev, names)) guess = std::string(*close);
  }
  if (guess) {
    throw GitError(i18n::tr("git.unknown-revision-guess", fmt::arg("rev", shown),
                            fmt::arg("guess", visible_text(*guess))));
  }
  throw GitError(i18n::tr("git.unknown-revision", fmt::arg("rev", shown)));
}

git_object* Repository::resolve(std::string_view rev, git_object_t type) const {
  std::string spec(rev);
  git_object* raw = nullptr;
  int code = git_revparse_single(&raw, repo_.get(), spec.c_str());
  if (code < 0) unknown_revision(rev, code);
  ObjectPtr object(raw);
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, object.get(), type) < 0) {
    throw GitError(i18n::tr("git.not-a-commit", fmt::arg("rev", visible_text(rev))));
  }
  return peeled;
}

TreePtr Repository::tree_at(std::string_view rev) const {
  return TreePtr(reinterpret_cast<git_tree*>(resolve(rev, GIT_OBJECT_TREE)));
}

bool Repository::has_folder(const git_tree& tree, std::string_view folder) const {
  if (folder.empty()) return true;
  git_tree_entry* raw = nullptr;
  std::string path(folder);
  if (git_tree_entry_bypath(&raw, &tree, path.c_str()) < 0) return false;
  EntryPtr entry(raw);
  return git_tree_entry_type(entry.get()) == GIT_OBJECT_TREE;
}

std::vector<Entry> Repository::tree_entries(const git_tree& tree, std::string_view folder) const {
  std::vector<Entry> out;
  const git_tree* start = &tree;
  TreePtr sub;
  if (!folder.empty()) {
    git_tree_entry* raw = nullptr;
    std::string path(folder);
    if (git_tree_entry_bypath(&raw, &tree, path.c_str()) < 0) return out;
    EntryPtr entry(raw);
    if (git_tree_entry_type(entry.get()) != GIT_OBJECT_TREE) return out;
    git_tree* subtree = nullptr;
    if (git_tree_lookup(&subtree, repo_.get(), git_tree_entry_id(entry.get())) < 0) fail(folder);
    sub.reset(subtree);
    start = subtree;
  }
  WalkState state{&out};
  if (git_tree_walk(start, GIT_TREEWALK_PRE, collect, &state) < 0) fail(folder);
  return out;
}

std::vector<Entry> Repository::index_entries(std::string_view folder) const {
  git_index* raw = nullptr;
  if (git_repository_index(&raw, repo_.get()) < 0) fail("index");
  IndexPtr index(raw);
  std::string prefix = with_slash(folder);
  std::vector<Entry> out;
  for (std::size_t i = 0, n = git_index_entrycount(index.get()); i < n; ++i) {
    const git_index_entry* entry = git_index_get_byindex(index.get(), i);
    std::string_view path = entry->path;
    if (!prefix.empty() && !path.starts_with(prefix)) continue;
    Entry e;
    e.path = std::string(path.substr(prefix.size()));
    e.type = type_of(static_cast<git_filemode_t>(entry->mode));
    e.conflicted = git_index_entry_is_conflict(entry) != 0;
    git_oid_cpy(&e.id, &entry->id);
    e.stat = {entry->mtime.seconds, entry->ctime.seconds, entry->mtime.nanoseconds,
              entry->ctime.nanoseconds, entry->file_size, entry->ino};
    // A conflicted path has up to three stages: one entry is enough to report it.
    if (e.conflicted && !out.empty() && out.back().path == e.path) continue;
    out.push_back(std::move(e));
  }
  return out;
}

std::size_t Repository::blob_size(const git_oid& id) const {
  git_odb* raw = nullptr;
  if (git_repository_odb(&raw, repo_.get()) < 0) fail("odb");
  OdbPtr odb(raw);
  std::size_t size = 0;
  git_object_t type = GIT_OBJECT_INVALID;
  if (git_odb_read_header(&size, &type, odb.get(), &id) < 0) fail("blob");
  return size;
}

std::optional<Entry> Repository::entry_in_tree(const git_tree& tree, std::string_view path) const {
  git_tree_entry* raw = nullptr;
  std::string p(path);
  if (p.empty() || git_tree_entry_bypath(&raw, &tree, p.c_str()) < 0) return std::nullopt;
  EntryPtr entry(raw);
  Entry e;
  e.path = p;
  e.type = git_tree_entry_type(entry.get()) == GIT_OBJECT_TREE ? EntryType::Folder
                                                               : type_of(git_tree_entry_filemode(entry.get()));
  git_oid_cpy(&e.id, git_tree_entry_id(entry.get()));
  return e;
}

std::optional<Entry> Repository::entry_in_index(std::string_view path) const {
  git_index* raw = nullptr;
  if (git_repository_index(&raw, repo_.get()) < 0) fail("index");
  IndexPtr index(raw);
  std::string p(path);
  Entry e;
  e.path = p;
  if (const git_index_entry* entry = git_index_get_bypath(index.get(), p.c_str(), 0)) {
    e.type = type_of(static_cast<git_filemode_t>(entry->mode));
    git_oid_cpy(&e.id, &entry->id);
    return e;
  }
  const git_index_entry *ancestor = nullptr, *ours = nullptr, *theirs = nullptr;
  if (git_index_conflict_get(&ancestor, &ours, &theirs, index.get(), p.c_str()) == 0) {
    e.conflicted = true;
    return e;
  }
  std::size_t at = 0;
  std::string prefix = with_slash(path);
  if (!p.empty() && git_index_find_prefix(&at, index.get(), prefix.c_str()) == 0) {
    e.type = EntryType::Folder;
    return e;
  }
  return std::nullopt;
}

std::string Repository::read_blob(const git_oid& id) const {
  git_blob* raw = nullptr;
  if (git_blob_lookup(&raw, repo_.get(), &id) < 0) fail("blob");
  BlobPtr blob(raw);
  const char* data = static_cast<const char*>(git_blob_rawcontent(blob.get()));
  return std::string(data, static_cast<std::size_t>(git_blob_rawsize(blob.get())));
}

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
