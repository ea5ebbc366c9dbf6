// What the parts of repository.cpp share: libgit2's owning pointers, its errors in plain words,
// and the walk of a tree into entries. Private to src/git/.
#pragma once

#include <git2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "git/repository.h"

namespace multilat::git::detail {

using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using IndexPtr = std::unique_ptr<git_index, Deleter<git_index, git_index_free>>;
using OdbPtr = std::unique_ptr<git_odb, Deleter<git_odb, git_odb_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using EntryPtr = std::unique_ptr<git_tree_entry, Deleter<git_tree_entry, git_tree_entry_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;

// libgit2 is initialised once per process, before its first use.
void ensure_initialised();
// libgit2's last error, made visible.
std::string last_error();
// Throws GitError saying what failed, with libgit2's words.
[[noreturn]] void fail(std::string_view what);

EntryType type_of(git_filemode_t mode);
std::string with_slash(std::string_view folder);

// git_tree_walk's callback: appends every blob, link and submodule to `WalkState::out`.
struct WalkState {
  std::vector<Entry>* out;
};
int collect(const char* root, const git_tree_entry* entry, void* payload);

}  // namespace multilat::git::detail
