// A merge base found by walking the commits a shallow clone holds, its edge taken as the roots.
#include "git/shallow_merge_base.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace multilat::git {
namespace {

using Key = std::string;  // a commit id's 20 raw bytes
using Commits = std::unordered_set<Key>;

struct CommitFree {
  void operator()(git_commit* c) const { git_commit_free(c); }
};
using CommitPtr = std::unique_ptr<git_commit, CommitFree>;

Key key_of(const git_oid& id) { return Key(reinterpret_cast<const char*>(id.id), GIT_OID_RAWSZ); }

git_oid id_of(const Key& key) {
  git_oid id;
  git_oid_fromraw(&id, reinterpret_cast<const unsigned char*>(key.data()));
  return id;
}

CommitPtr lookup(git_repository* repo, const git_oid& id) {
  git_commit* raw = nullptr;
  if (git_commit_lookup(&raw, repo, &id) < 0) return nullptr;  // beyond the edge: not fetched
  return CommitPtr(raw);
}

// A commit's parents, as its object names them (those of the edge were never fetched).
void add_parents(const git_commit& commit, std::vector<Key>& out) {
  for (unsigned i = 0, n = git_commit_parentcount(&commit); i < n; ++i) {
    out.push_back(key_of(*git_commit_parent_id(&commit, i)));
  }
}

// The commits the clone holds that are reachable from `starts`, the starts included, keeping to
// `within` when it is given.
Commits reachable(git_repository* repo, std::vector<Key> starts, const Commits* within) {
  Commits seen;
  while (!starts.empty()) {
    Key key = std::move(starts.back());
    starts.pop_back();
    if ((within && !within->count(key)) || seen.count(key)) continue;
    CommitPtr commit = lookup(repo, id_of(key));
    if (!commit) continue;  // beyond the edge
    seen.insert(key);
    add_parents(*commit, starts);
  }
  return seen;
}

std::int64_t time_of(git_repository* repo, const Key& key) {
  CommitPtr commit = lookup(repo, id_of(key));
  return commit ? static_cast<std::int64_t>(git_commit_time(commit.get())) : 0;
}

// The newest of `keys`, the smallest id among equals, so that the choice never varies.
std::optional<Key> newest(git_repository* repo, const std::vector<Key>& keys) {
  std::optional<Key> best;
  std::int64_t best_time = 0;
  for (const Key& key : keys) {
    std::int64_t time = time_of(repo, key);
    if (!best || time > best_time || (time == best_time && key < *best)) {
      best = key;
      best_time = time;
    }
  }
  return best;
}

}  // namespace

std::optional<git_oid> shallow_merge_base(git_repository* repo, const git_oid& a,
                                          const git_oid& b) {
  Commits left = reachable(repo, {key_of(a)}, nullptr),
          right = reachable(repo, {key_of(b)}, nullptr);
  Commits common;
  std::vector<Key> parents;
  for (const Key& key : left) {
    if (!right.count(key)) continue;
    common.insert(key);
    add_parents(*lookup(repo, id_of(key)), parents);  // held: `reachable` found it
  }
  // The best common ancestors are those that no other common ancestor descends from.
  Commits older = reachable(repo, std::move(parents), &common);
  std::vector<Key> best;
  for (const Key& key : common) {
    if (!older.count(key)) best.push_back(key);
  }
  std::optional<Key> found = newest(repo, best);
  if (!found) return std::nullopt;
  return id_of(*found);
}

}  // namespace multilat::git
