// Reads each side through the same limits as loading: a blob's size is known before it is read,
// a working-tree file goes through the records tree's policy (no link out, no device).
#include "git/versions.h"

#include <fstream>
#include <sstream>

#include "load/tree_policy.h"
#include "util/visible_text.h"

namespace multilat::git {
namespace {

namespace fs = std::filesystem;

std::string top_path(const std::string& folder, const std::string& path) {
  return folder.empty() ? path : folder + "/" + path;
}

struct Reader {
  const Repository& repo;
  const std::string& folder;
  const fs::path& root;
  std::size_t max_bytes;
  TreePtr tree;  // for a revision end

  Reader(const Repository& r, const std::string& f, const fs::path& records_root, std::size_t max,
         const End& end)
      : repo(r), folder(f), root(records_root), max_bytes(max) {
    if (end.kind == End::Kind::Revision && !repo.is_empty() && !end.rev.empty()) tree = repo.tree_at(end.rev);
    kind = end.kind;
  }

  End::Kind kind;

  // The bytes, or nothing when the file is absent; `too_large` when it was not read for its size.
  std::optional<std::string> read(const std::string& path, bool& too_large) const {
    too_large = false;
    if (path.empty()) return std::nullopt;
    if (kind == End::Kind::WorkingTree) return read_file(path, too_large);
    std::optional<git_oid> id = kind == End::Kind::Index ? repo.blob_in_index(top_path(folder, path))
                                : tree ? repo.blob_in_tree(*tree, top_path(folder, path))
                                       : std::nullopt;
    if (!id) return std::nullopt;
    if (repo.blob_size(*id) > max_bytes) {
      too_large = true;
      return std::nullopt;
    }
    return repo.read_blob(*id);
  }

  std::optional<std::string> read_file(const std::string& path, bool& too_large) const {
    fs::path file = root / path;
    if (!TreePolicy(root).may_read(file)) return std::nullopt;
    std::error_code ec;
    if (fs::file_size(file, ec) > max_bytes || ec) {
      too_large = !ec;
      return std::nullopt;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
  }
};

}  // namespace

std::vector<FileVersions> changed_files(const Repository& repo, const std::string& folder,
                                        const fs::path& records_root, const std::string& display_root,
                                        const End& from, const End& to, std::size_t max_bytes) {
  std::vector<ChangedPath> changes =
      to.kind == End::Kind::Revision ? repo.changes_between(from.rev, to.rev, folder)
                                     : repo.changes_to_worktree(from.rev, folder, to.kind == End::Kind::Index);
  Reader before(repo, folder, records_root, max_bytes, from);
  Reader after(repo, folder, records_root, max_bytes, to);
  auto shown = [&](const std::string& path) {
    return path.empty() ? std::string() : visible_text(display_root + "/" + path);
  };
  std::vector<FileVersions> out;
  for (const ChangedPath& change : changes) {
    FileVersions f;
    f.old_path = shown(change.old_path);
    f.new_path = shown(change.new_path);
    f.old_bytes = before.read(change.old_path, f.old_too_large);
    f.new_bytes = after.read(change.new_path, f.new_too_large);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace multilat::git
