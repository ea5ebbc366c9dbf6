// Reads each side through its records source, so that a diff sees exactly the files, the limits
// and the links that `check` sees at the same end.
#include "git/versions.h"

#include <algorithm>

#include "git/git_source.h"
#include "load/record_files.h"
#include "load/worktree_source.h"

namespace multilat::git {
namespace {

struct Side {
  std::string path;  // displayed
  std::optional<std::string> bytes;
  bool too_large = false;
  std::optional<Kind> kind;
  bool settings = false;
};

// What the scanner makes of `path` at this end, and its bytes when it is a record or the settings.
Side read_side(const RecordsSource& source, const std::string& path, const std::string& display_root,
               std::size_t max_bytes) {
  Side side;
  if (path.empty()) return side;
  std::optional<SourceEntry> entry = source.find(path);
  if (!entry) return side;
  FileScan scan = scan_entry(std::move(*entry), display_root);
  const RecordFile* file = scan.settings ? &*scan.settings : scan.records.empty() ? nullptr : &scan.records[0];
  if (!file) return side;  // not a record here: hidden, out of place, not YAML, a link out
  side.path = file->display.str();
  side.kind = scan.settings ? std::nullopt : std::optional<Kind>(file->kind);
  side.settings = scan.settings.has_value();
  std::vector<Diagnostic> problems;
  side.bytes = source.read(*file, max_bytes, problems);
  side.too_large = std::any_of(problems.begin(), problems.end(),
                               [](const Diagnostic& d) { return d.rule == "file-too-large"; });
  return side;
}

bool wanted(const ChangedPath& change, const std::vector<std::string>& pathspecs) {
  if (pathspecs.empty()) return true;
  auto under = [&](const std::string& path) { return !path.empty() && under_pathspecs(path, pathspecs); };
  return under(change.old_path) || under(change.new_path);
}

}  // namespace

bool under_pathspecs(std::string_view path, const std::vector<std::string>& pathspecs) {
  return std::any_of(pathspecs.begin(), pathspecs.end(), [&](const std::string& spec) {
    return spec.empty() || path == spec || (path.starts_with(spec) && path.substr(spec.size()).starts_with('/'));
  });
}

std::unique_ptr<RecordsSource> source_at(const Repository& repo, const std::string& folder,
                                         const std::filesystem::path& records_root, const End& end) {
  switch (end.kind) {
    case End::Kind::WorkingTree:
      return std::make_unique<WorkingTreeSource>(records_root);
    case End::Kind::Index:
      return std::make_unique<GitSource>(GitSource::staged(repo, folder));
    case End::Kind::Revision:
      break;
  }
  // Before the first commit on the branch (`git init -b main`), HEAD is the empty tree.
  bool unborn = end.rev == "HEAD" && repo.is_empty();
  return std::make_unique<GitSource>(GitSource::at_revision(repo, unborn ? "" : end.rev, folder));
}

std::vector<FileVersions> changed_files(const Repository& repo, const std::string& folder,
                                        const std::filesystem::path& records_root,
                                        const std::string& display_root, const End& from,
                                        const End& to, std::size_t max_bytes,
                                        const std::vector<std::string>& pathspecs) {
  std::vector<ChangedPath> changes =
      to.kind == End::Kind::Revision ? repo.changes_between(from.rev, to.rev, folder)
                                     : repo.changes_to_worktree(from.rev, folder, to.kind == End::Kind::Index);
  std::unique_ptr<RecordsSource> before = source_at(repo, folder, records_root, from);
  std::unique_ptr<RecordsSource> after = source_at(repo, folder, records_root, to);
  std::vector<FileVersions> out;
  for (const ChangedPath& change : changes) {
    if (!wanted(change, pathspecs)) continue;
    Side old_side = read_side(*before, change.old_path, display_root, max_bytes);
    Side new_side = read_side(*after, change.new_path, display_root, max_bytes);
    if (old_side.path.empty() && new_side.path.empty()) continue;  // git's business, not a record's
    out.push_back({old_side.path, new_side.path, std::move(old_side.bytes), std::move(new_side.bytes),
                   old_side.too_large, new_side.too_large, old_side.kind, new_side.kind,
                   old_side.settings, new_side.settings});
  }
  return out;
}

}  // namespace multilat::git
