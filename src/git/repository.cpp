// libgit2 behind a small interface; every libgit2 failure becomes a GitError in plain words.
// This file opens the repository and resolves revisions; repository_trees.cpp reads trees, the
// index and blobs; repository_history.cpp reads commits and what changed between two states.
#include "git/repository.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <git2/sys/repository.h>

#include <cstdlib>

#include "git/repository_internals.h"
#include "git/revision_guess.h"
#include "i18n/tr.h"
#include "util/visible_text.h"

namespace multilat::git {

namespace detail {

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

}  // namespace detail

using namespace detail;

namespace {

namespace fs = std::filesystem;

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
RepositoryPtr open_repository(const fs::path& path, std::optional<std::string> git_dir,
                              std::string_view needs_git) {
  git_repository* raw = nullptr;
  std::string start = git_dir ? *git_dir : path.string();
  unsigned flags = git_dir ? GIT_REPOSITORY_OPEN_NO_SEARCH : 0;
  int code = git_repository_open_ext(&raw, start.c_str(), flags, nullptr);
  // libgit2 1.5 reports a repository it refuses for its owner as not found.
  if (code == GIT_EOWNER || (code == GIT_ENOTFOUND && owned_by_someone_else(start))) {
    throw GitError(i18n::tr("git.not-owned", fmt::arg("path", visible_text(start))));
  }
  if (code == GIT_ENOTFOUND) {
    throw GitError(i18n::tr("git.not-a-repository", fmt::arg("path", visible_text(start)),
                            fmt::arg("what", needs_git)));
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

Repository Repository::discover(const fs::path& path, std::string_view needs_git) {
  ensure_initialised();
  std::optional<std::string> git_dir = environment("GIT_DIR");
  RepositoryPtr repo = open_repository(path, git_dir, needs_git);
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

// What a revision may be called: HEAD, the other heads git leaves when they are there, and
// branches and tags by their short names.
std::vector<std::string> Repository::revision_names() const {
  std::vector<std::string> names{"HEAD"};
  for (const char* head : {"ORIG_HEAD", "FETCH_HEAD", "MERGE_HEAD"}) {
    std::error_code ec;
    if (fs::exists(git_dir() / head, ec)) names.emplace_back(head);
  }
  git_strarray refs{};
  if (git_reference_list(&refs, repo_.get()) != 0) return names;
  for (std::size_t i = 0; i < refs.count; ++i) {
    std::string_view name = refs.strings[i];
    for (std::string_view prefix : {"refs/heads/", "refs/tags/", "refs/remotes/"}) {
      if (name.starts_with(prefix)) names.emplace_back(name.substr(prefix.size()));
    }
  }
  git_strarray_dispose(&refs);
  return names;
}

void Repository::unknown_revision(std::string_view rev, int code) const {
  std::string shown = visible_text(rev);
  if (is_empty()) throw GitError(i18n::tr("git.empty", fmt::arg("rev", shown)));
  if (code == GIT_ENOTFOUND && git_repository_is_shallow(repo_.get()) == 1) {
    throw GitError(i18n::tr("git.shallow", fmt::arg("rev", shown)));
  }
  if (std::optional<std::string> guess = revision_guess(rev, revision_names())) {
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

}  // namespace multilat::git
