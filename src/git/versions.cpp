// Reads each side through its records source, so that a diff sees exactly the files, the limits
// and the links that `check` sees at the same end.
#include "git/versions.h"

#include <algorithm>

#include "git/git_source.h"
#include "load/loader.h"
#include "load/record_files.h"
#include "load/worktree_source.h"

namespace multilat::git {
namespace {

struct Side {
  std::string path;  // displayed
  std::optional<std::string> bytes;
  std::string unread;  // why the file was not read
  std::optional<Kind> kind;
  bool settings = false;
  bool unmerged = false;
};

// One end's source, with the size limit its own settings set, as `check` reads it there.
struct EndSource {
  std::unique_ptr<RecordsSource> source;
  std::size_t max_bytes;
};

EndSource end_source(const Repository& repo, const std::string& folder,
                     const std::filesystem::path& records_root, const End& end) {
  std::unique_ptr<RecordsSource> source = source_at(repo, folder, records_root, end);
  std::size_t max_bytes = settings_of(*source).max_file_size;
  return {std::move(source), max_bytes};
}

// An index entry in conflict is no file to read, but its path still says what it would be.
FileScan scan_unmerged(SourceEntry entry, const std::string& display_root, bool& unmerged) {
  unmerged = entry.shape == EntryShape::Conflicted;
  if (unmerged) entry.shape = EntryShape::File;
  return scan_entry(std::move(entry), display_root);
}

// What the scanner makes of `path` at this end, and its bytes when it is a record or the settings
// (the settings within the default limit, which they cannot raise, as load_records reads them).
Side read_side(const EndSource& end, const std::string& path, const std::string& display_root) {
  Side side;
  std::optional<SourceEntry> entry = path.empty() ? std::nullopt : end.source->find(path);
  if (!entry) return side;
  FileScan scan = scan_unmerged(std::move(*entry), display_root, side.unmerged);
  const RecordFile* file = scan.settings ? &*scan.settings : scan.records.empty() ? nullptr : &scan.records[0];
  if (!file) return side;  // not a record here: hidden, out of place, not YAML, a link out
  side.path = file->display.str();
  side.kind = scan.settings ? std::nullopt : std::optional<Kind>(file->kind);
  side.settings = scan.settings.has_value();
  if (side.unmerged) return side;
  std::vector<Diagnostic> problems;
  side.bytes = end.source->read(*file, side.settings ? Settings{}.max_file_size : end.max_bytes, problems);
  if (!side.bytes && !problems.empty()) side.unread = problems.front().message;
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
                                        const End& to, const std::vector<std::string>& pathspecs) {
  std::vector<ChangedPath> changes =
      to.kind == End::Kind::Revision ? repo.changes_between(from.rev, to.rev, folder)
                                     : repo.changes_to_worktree(from.rev, folder, to.kind == End::Kind::Index);
  EndSource before = end_source(repo, folder, records_root, from);
  EndSource after = end_source(repo, folder, records_root, to);
  std::vector<FileVersions> out;
  for (const ChangedPath& change : changes) {
    if (!wanted(change, pathspecs)) continue;
    Side old_side = read_side(before, change.old_path, display_root);
    Side new_side = read_side(after, change.new_path, display_root);
    if (old_side.path.empty() && new_side.path.empty()) continue;  // git's business, not a record's
    out.push_back({old_side.path, new_side.path, std::move(old_side.bytes), std::move(new_side.bytes),
                   old_side.unread, new_side.unread, old_side.kind, new_side.kind,
                   old_side.settings, new_side.settings, new_side.unmerged});
  }
  return out;
}

}  // namespace multilat::git
