// The records as a revision or git's index holds them: a records source read from the
// repository without a checkout, with links resolved inside the records folder as the working
// tree resolves them.
#pragma once

#include <filesystem>
#include <map>
#include <string>

#include "git/repository.h"
#include "load/records_source.h"

namespace multilat::git {

// The records folder as a path from the repository's top ("records", "desk/records", "" for the
// top itself); an error when it lies outside the repository.
std::string folder_in_repository(const Repository& repo, const std::filesystem::path& records_root);

class GitSource : public RecordsSource {
 public:
  // The tree of `rev` ("": the empty tree before the first commit), or the index.
  static GitSource at_revision(const Repository& repo, std::string_view rev, std::string folder);
  static GitSource staged(const Repository& repo, std::string folder);

  void list(const std::function<void(SourceEntry&&)>& visit) const override;
  std::optional<SourceEntry> find(std::string_view path) const override;
  std::optional<std::string> read(const RecordFile& file, std::size_t max_bytes,
                                  std::vector<Diagnostic>& out) const override;
  std::optional<std::string> known_blob(const RecordFile& file) const override;

  // Whether the records folder exists there (a revision may predate it).
  bool has_folder() const;
  // Each file read so far, by displayed path: excerpts quote the revision, not the working tree.
  std::map<std::string, std::string, std::less<>> take_contents() { return std::move(contents_); }

 private:
  GitSource(const Repository& repo, std::string folder, TreePtr tree, bool staged);
  std::string top_path(std::string_view path) const;
  std::optional<Entry> raw(std::string_view path) const;
  std::vector<Entry> all_entries() const;
  SourceEntry shaped(const Entry& entry) const;
  void follow_link(Entry entry, SourceEntry& out) const;

  const Repository* repo_;
  std::string folder_;  // from the repository's top; "" for all of it
  TreePtr tree_;        // none for the index, or before the first commit
  bool staged_ = false;
  mutable std::map<std::string, std::string, std::less<>> contents_;
};

}  // namespace multilat::git
