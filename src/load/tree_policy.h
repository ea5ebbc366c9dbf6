// What may be read under a records tree: the one policy every reader of the tree goes through.
#pragma once

#include <filesystem>
#include <string>

namespace multilat {

// Where a path under the root leads, judged before anything is opened.
enum class PathVerdict {
  File,         // a regular file inside the root (through links that stay inside, if any)
  Folder,       // a folder inside the root
  LinkOutside,  // a link, or a folder on the way, leads out of the root
  Unresolved,   // a dangling link, a link loop, or a path that cannot be examined
  Special,      // a device, a FIFO, a socket: never opened
};

struct PathCheck {
  PathVerdict verdict = PathVerdict::Unresolved;
  bool through_link = false;  // the path itself or a folder on the way is a symbolic link
};

// A records tree and the rule of what may be read under it. The root the user names is trusted
// (it may itself be a link); everything under it must resolve inside it.
class TreePolicy {
 public:
  explicit TreePolicy(const std::filesystem::path& root);

  PathCheck check(const std::filesystem::path& path) const;
  // True only for a regular file that resolves inside the root.
  bool may_read(const std::filesystem::path& path) const {
    return check(path).verdict == PathVerdict::File;
  }
  // Where a file about to be created would land: the judgement of the deepest folder on the way
  // that exists, which must be Folder before anything is created under it, so that neither the
  // new file nor the folders made for it go out of the root through a link.
  PathCheck check_new_file(const std::filesystem::path& path) const;
  const std::filesystem::path& canonical_root() const { return root_; }

 private:
  std::filesystem::path root_;  // canonical: every link in it resolved
};

// True when `path` is `folder` or lies under it; both are compared component by component.
bool path_is_within(const std::filesystem::path& path, const std::filesystem::path& folder);

}  // namespace multilat
