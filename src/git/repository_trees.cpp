// The repository's trees, its index and its blobs as entries and bytes.
#include <git2.h>

#include <string>
#include <vector>

#include "git/repository.h"
#include "git/repository_internals.h"

namespace multilat::git {

using namespace detail;

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

}  // namespace multilat::git
