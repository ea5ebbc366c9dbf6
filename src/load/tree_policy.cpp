// The records tree's reading policy: resolve every link, and refuse what leaves the root.
#include "load/tree_policy.h"

#include <algorithm>

namespace multilat {
namespace fs = std::filesystem;

bool path_is_within(const fs::path& path, const fs::path& folder) {
  auto [end, _] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  return end == folder.end();
}

TreePolicy::TreePolicy(const fs::path& root) {
  std::error_code ec;
  root_ = fs::canonical(root, ec);
  if (ec) root_ = fs::absolute(root, ec).lexically_normal();
}

PathCheck TreePolicy::check(const fs::path& path) const {
  std::error_code ec;
  PathCheck result;
  fs::path absolute = fs::absolute(path, ec).lexically_normal();
  if (ec) return result;
  // canonical() resolves the links of every component, so a linked folder on the way counts.
  fs::path resolved = fs::canonical(absolute, ec);
  if (ec) {
    result.through_link = fs::is_symlink(fs::symlink_status(absolute, ec));
    return result;
  }
  result.through_link = resolved != absolute;
  if (!path_is_within(resolved, root_)) {
    result.verdict = PathVerdict::LinkOutside;
    return result;
  }
  // The resolved path is examined, never the link, so a link's target type is what counts.
  fs::file_status status = fs::symlink_status(resolved, ec);
  if (ec) return result;
  if (fs::is_regular_file(status)) {
    result.verdict = PathVerdict::File;
  } else if (fs::is_directory(status)) {
    result.verdict = PathVerdict::Folder;
  } else {
    result.verdict = PathVerdict::Special;
  }
  return result;
}

PathCheck TreePolicy::check_new_file(const fs::path& path) const {
  std::error_code ec;
  fs::path folder = fs::absolute(path, ec).lexically_normal().parent_path();
  if (ec) return {};
  // symlink_status, not status: a dangling link on the way exists, and check() refuses it.
  while (folder.has_relative_path() && !fs::exists(fs::symlink_status(folder, ec))) {
    folder = folder.parent_path();
  }
  return check(folder);
}

}  // namespace multilat
