// The merge base of two commits in a shallow clone, whose edge commits git takes as parentless.
#pragma once

#include <git2.h>

#include <optional>

namespace multilat::git {

// What `git merge-base` finds in a shallow clone. The libgit2 of Debian 12 (1.5) does not read the
// clone's edge: its walk fails on the first missing parent, even when the merge base is the edge
// commit itself, which is where a clone of exactly the right depth stops. Nothing when the histories
// present do not meet. When several commits are best, the newest.
std::optional<git_oid> shallow_merge_base(git_repository* repo, const git_oid& a, const git_oid& b);

}  // namespace multilat::git
