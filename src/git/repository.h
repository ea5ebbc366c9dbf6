// A git repository read with libgit2: revisions, trees, the index and blobs. Nothing here runs
// the git program or writes to the repository.
#pragma once

#include <git2.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace multilat::git {

// Anything that stops reading the repository; the message is for the user, in the run's language.
struct GitError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// How git stores an entry: what the records reader may read (a blob) and what it must only report.
enum class EntryType { File, Link, Submodule, Folder };

// One entry under a folder of a revision or of the index.
struct Entry {
  std::string path;  // relative to the folder asked for, with '/' separators
  EntryType type = EntryType::File;
  git_oid id{};
  bool conflicted = false;  // an index entry in the middle of a merge
  // For index entries, what git recorded of the working-tree file when it last hashed it: a file
  // that still stats the same has the same content, as `git status` assumes.
  // The index keeps the low 32 bits of the size and inode.
  struct Stat {
    std::int64_t mtime_seconds = 0, ctime_seconds = 0;
    std::uint32_t mtime_nanoseconds = 0, ctime_nanoseconds = 0;
    std::uint32_t size = 0, inode = 0;
  } stat;
};

// A file that differs between two snapshots (`from` may be "", the empty tree before the first
// commit), with both paths (relative to the folder asked for)
// so that a rename or a move is one change. An added file has no old path, a deleted one no new.
struct ChangedPath {
  std::string old_path, new_path;
};

// A commit as `changes` and the review commands show it.
struct CommitInfo {
  git_oid id{};
  std::string short_id, author, summary;
  std::int64_t time = 0;  // seconds since the epoch
  int offset_minutes = 0;  // the committer's time zone
  std::string hex;
  std::size_t parents = 0;
  bool first_parent_present = true;  // false at a shallow clone's edge: the parent was never fetched
};

template <class T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
using RepositoryPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;

// "3b18e512dba79e4c8300dd08aeb37f8e728b8dad"
std::string hex_of(const git_oid& id);
// The blob id git gives these bytes (what `git hash-object` prints), without a repository.
std::string blob_hash(std::string_view bytes);

class Repository {
 public:
  // The repository that holds `path`, looking upward as git does. `needs_git` names what the
  // user ran that reads git ("--as-of", "diff", "hooks install"), for the message outside one.
  static Repository discover(const std::filesystem::path& path, std::string_view needs_git);

  // The working tree's top folder.
  const std::filesystem::path& workdir() const { return workdir_; }

  // The tree of the commit `rev` names (a branch, a tag, a hash, HEAD~2, ...).
  TreePtr tree_at(std::string_view rev) const;
  // The entries under `folder` (relative to the top, "" for all) of a tree, or of the index.
  std::vector<Entry> tree_entries(const git_tree& tree, std::string_view folder) const;
  std::vector<Entry> index_entries(std::string_view folder) const;
  // When the index file was last written (seconds since the epoch), or nothing without an index:
  // an entry whose file changed in that same second cannot be trusted by its stat data ("racy
  // git").
  std::optional<std::int64_t> index_written() const;
  // The repository's own folder (.git, or a linked worktree's folder under it).
  std::filesystem::path git_dir() const;
  // Whether `folder` exists in the tree as a folder.
  bool has_folder(const git_tree& tree, std::string_view folder) const;
  // A blob's size, read from its header: a huge blob is refused before it is loaded.
  std::size_t blob_size(const git_oid& id) const;
  std::string read_blob(const git_oid& id) const;
  // The entry at `path` (from the top) in a tree or in the index, folders included (an index
  // folder is a prefix of its entries); nothing when there is none. `path` in the result is
  // the one asked for.
  std::optional<Entry> entry_in_tree(const git_tree& tree, std::string_view path) const;
  std::optional<Entry> entry_in_index(std::string_view path) const;

  // The commit `rev` names, and the first-parent history from it, newest first.
  CommitInfo commit(std::string_view rev) const;
  // `cut` is set when the walk met a commit it cannot read (a shallow clone's edge).
  std::vector<CommitInfo> history(std::string_view from, std::size_t limit, bool* cut = nullptr) const;
  bool is_empty() const;

  // Where git looks for hooks: core.hooksPath if set, else .git/hooks.
  std::filesystem::path hooks_folder() const;

  // What differs under `folder` between `rev` and the working tree (untracked files included),
  // the index (`staged`), or another revision `to`. Renames are found by content, as git does.
  std::vector<ChangedPath> changes_to_worktree(std::string_view rev, std::string_view folder,
                                               bool staged) const;
  std::vector<ChangedPath> changes_between(std::string_view from, std::string_view to,
                                           std::string_view folder) const;

  // The best common ancestor of the commits `a` and `b` name (`git merge-base A B`), where the
  // diff A...B starts. An error that says why when there is none: unrelated histories, or a
  // shallow clone whose history stops before it.
  std::string merge_base(std::string_view a, std::string_view b) const;

 private:
  explicit Repository(RepositoryPtr repo, std::filesystem::path workdir);
  std::vector<std::string> revision_names() const;
  [[noreturn]] void unknown_revision(std::string_view rev, int code) const;
  // The object `rev` names, peeled to `type`; the caller owns it.
  git_object* resolve(std::string_view rev, git_object_t type) const;
  std::vector<ChangedPath> collect_changes(git_diff* diff, std::string_view folder) const;
  RepositoryPtr repo_;
  std::filesystem::path workdir_;
};

}  // namespace multilat::git
