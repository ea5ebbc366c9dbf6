// A repository's own settings (.git/config) and the folder it shares between its worktrees,
// read and changed with libgit2 for `multilat hooks`, the only command that changes them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "git/repository.h"

namespace multilat::git {

// A setting and whether it comes from the repository's own file rather than from the user's
// (~/.gitconfig) or the system's, which every repository of the machine shares.
struct ConfigValue {
  std::string value;
  bool local = false;
};

class LocalConfig {
 public:
  // Opens `repo` again: Repository keeps libgit2 to itself, and only reads.
  explicit LocalConfig(const Repository& repo);

  // `name` as git reads it, from whichever file sets it last.
  std::optional<ConfigValue> lookup(const std::string& name) const;
  // `name` in the repository's own file only.
  std::optional<std::string> local(const std::string& name) const;
  void set(const std::string& name, const std::string& value) const;
  // Removes every setting of `section.subsection` (diff.multilat) from the repository's own
  // file, with the section's header once it is empty; returns how many were removed.
  std::size_t remove_section(const std::string& section, const std::string& subsection) const;

  // The folder the worktrees of the repository share: .git, also from a linked worktree. git
  // looks for hooks in its hooks/ folder.
  std::filesystem::path common_dir() const;

 private:
  RepositoryPtr repo_;
};

// `text` (a git config file) without the header `[section "subsection"]` when no setting follows
// it before the next header: what `git config --remove-section` leaves. Other lines unchanged.
std::string without_empty_section(const std::string& text, const std::string& section,
                                  const std::string& subsection);

}  // namespace multilat::git
